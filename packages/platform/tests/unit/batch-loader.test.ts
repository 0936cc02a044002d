import { createBatchLoader, groupBy } from '../../src/graphql/batch-loader';

describe('the batch loader', () => {
  it('fetches the loads of one tick together, each key once', async () => {
    const batches: string[][] = [];
    const loader = createBatchLoader(async (keys: readonly string[]) => {
      batches.push([...keys]);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    }, null);
    const values = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => loader.load(k)));
    expect(values).toEqual(['A', 'B', 'A', null]);
    expect(batches).toEqual([['a', 'b', 'missing']]);
    await loader.load('a');
    expect(batches).toHaveLength(1);
  });

  it('rejects every load of a failed batch and tries those keys again on the next load', async () => {
    let calls = 0;
    const loader = createBatchLoader(async (keys: readonly string[]) => {
      calls += 1;
      if (calls === 1) throw new Error('database down');
      return new Map(keys.map((k) => [k, `${k}!`]));
    }, null);
    const first = await Promise.allSettled([loader.load('a'), loader.load('b')]);
    expect(first.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    await expect(loader.load('a')).resolves.toBe('a!');
    expect(calls).toBe(2);
  });

  it('forgets cached keys when cleared', async () => {
    let calls = 0;
    const loader = createBatchLoader(async (keys: readonly string[]) => {
      calls += 1;
      return new Map(keys.map((k) => [k, calls]));
    }, 0);
    expect(await loader.load('a')).toBe(1);
    loader.clear();
    expect(await loader.load('a')).toBe(2);
  });

  it('groups rows by key in their order', () => {
    const grouped = groupBy(
      [
        { k: 1, v: 'x' },
        { k: 2, v: 'y' },
        { k: 1, v: 'z' },
      ],
      (row) => row.k,
    );
    expect([...grouped.entries()].map(([k, rows]) => [k, rows.map((r) => r.v)])).toEqual([
      [1, ['x', 'z']],
      [2, ['y']],
    ]);
  });
});
