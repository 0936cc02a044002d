import { createBatchLoader, groupBy } from '../../src/graphql/batch-loader';

describe('batch loader', () => {
  it('fetches keys loaded in the same tick with one call, each key once', async () => {
    const calls: string[][] = [];
    const loader = createBatchLoader(async (keys: string[]) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    }, null);
    const results = await Promise.all(['a', 'b', 'a', 'missing'].map((k) => loader.load(k)));
    expect(results).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
  });

  it('joins loads started from already-settled promises into the same batch', async () => {
    const calls: number[][] = [];
    const loader = createBatchLoader(async (keys: number[]) => {
      calls.push(keys);
      return new Map(keys.map((k) => [k, k * 2]));
    }, 0);
    const parents = [Promise.resolve(1), Promise.resolve(2).then((x) => x + 1)];
    expect(await Promise.all(parents.map(async (p) => loader.load(await p)))).toEqual([2, 6]);
    expect(calls).toEqual([[1, 3]]);
  });

  it('caches per loader until cleared', async () => {
    let calls = 0;
    const loader = createBatchLoader(async (keys: string[]) => {
      calls += 1;
      return new Map(keys.map((k) => [k, calls]));
    }, 0);
    expect(await loader.load('x')).toBe(1);
    expect(await loader.load('x')).toBe(1);
    loader.clear();
    expect(await loader.load('x')).toBe(2);
  });

  it('rejects every load of a failed batch', async () => {
    const loader = createBatchLoader(async (): Promise<Map<string, string>> => {
      throw new Error('database down');
    }, '');
    await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('database down');
  });

  it('groups rows by key keeping their order', () => {
    const rows = [
      { r: 'x', n: 1 },
      { r: 'y', n: 2 },
      { r: 'x', n: 3 },
    ];
    expect([...groupBy(rows, (row) => row.r)]).toEqual([
      ['x', [rows[0], rows[2]]],
      ['y', [rows[1]]],
    ]);
  });
});
