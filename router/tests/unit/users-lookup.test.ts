import { cachedLookups } from '../../src/auth/users-lookup';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cached lookups of the users subgraph', () => {
  it('shares one lookup among concurrent callers of a key and reuses its answer', async () => {
    let calls = 0;
    const answers = cachedLookups<boolean>({ maxEntries: 10, ttlMs: () => 60_000 });
    const lookup = async () => {
      calls += 1;
      await sleep(20);
      return true;
    };
    expect(await Promise.all([answers('a', lookup), answers('a', lookup), answers('a', lookup)])).toEqual([true, true, true]);
    expect(await answers('a', lookup)).toBe(true);
    expect(calls).toBe(1);
  });

  it('keeps each answer as long as ttlMs says for it', async () => {
    let calls = 0;
    const answers = cachedLookups<boolean>({ maxEntries: 10, ttlMs: (known) => (known ? 60_000 : 30) });
    const unknown = async () => {
      calls += 1;
      return false;
    };
    await answers('nobody', unknown);
    await answers('nobody', unknown);
    expect(calls).toBe(1);
    await sleep(60);
    await answers('nobody', unknown);
    expect(calls).toBe(2);
  });

  it('caches no failure: the next call asks again', async () => {
    let calls = 0;
    const answers = cachedLookups<string | null>({ maxEntries: 10, ttlMs: () => 60_000 });
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error('users is down');
      return null;
    };
    await expect(answers('k', flaky)).rejects.toThrow('users is down');
    expect(await answers('k', flaky)).toBeNull();
    expect(calls).toBe(2);
  });
});
