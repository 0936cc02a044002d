import type { UserEntity } from '../../src/entities/user.entity';
import { createUserLoader } from '../../src/graphql/user-loader';

const user = (id: string) => ({ id, name: id }) as UserEntity;

describe('per-request user loader', () => {
  it('answers every load of one tick with a single batched fetch', async () => {
    const fetch = jest.fn(async (ids: readonly string[]) => ids.filter((id) => id !== 'ghost').map(user));
    const loader = createUserLoader(fetch);
    const results = await Promise.all(['a', 'b', 'a', 'ghost'].map((id) => loader.load(id)));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toEqual(['a', 'b', 'ghost']);
    expect(results.map((u) => u?.id ?? null)).toEqual(['a', 'b', 'a', null]);
  });

  it('serves repeated ids from its cache in later ticks', async () => {
    const fetch = jest.fn(async (ids: readonly string[]) => ids.map(user));
    const loader = createUserLoader(fetch);
    await loader.load('a');
    await loader.load('a');
    await loader.load('b');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('rejects the loads of a failed batch and retries them later', async () => {
    const fetch = jest
      .fn()
      .mockRejectedValueOnce(new Error('db down'))
      .mockImplementation(async (ids: readonly string[]) => ids.map(user));
    const loader = createUserLoader(fetch);
    await expect(loader.load('a')).rejects.toThrow('db down');
    await expect(loader.load('a')).resolves.toMatchObject({ id: 'a' });
  });
});
