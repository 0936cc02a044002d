import { createHash } from 'node:crypto';
import { createMemoryApqStore } from '../src/persisted/apq-store';
import { startStack, type Stack } from './fixtures/start-stack';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

/**
 * A valid query padded with a comment to `bytes`: comments are not tokens, so the token limit
 * does not stop it (nor does it stop a long string literal, which is one token).
 */
function paddedQuery(bytes: number, n: number): string {
  const head = `{ users { id } } # ${n} `;
  return head + 'x'.repeat(bytes - head.length);
}

const CACHE_BYTES = 1024 * 1024;
const store = createMemoryApqStore(CACHE_BYTES);

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ persistedQueries: { store } });
});
afterAll(() => stack.stop());

describe('APQ bounded by bytes', () => {
  it('refuses to register documents over ROUTER_MAX_APQ_BYTES with QUERY_TOO_COMPLEX, and stores none of them', async () => {
    for (let n = 0; n < 20; n++) {
      const query = paddedQuery(1_000_000, n);
      const res = await stack.post({ query, extensions: apq(query) });
      expect(res.status).toBe(400);
      expect(res.json.errors).toEqual([
        expect.objectContaining({
          message: 'Persisted query size 1000000 bytes exceeds the limit of 65536 bytes (ROUTER_MAX_APQ_BYTES)',
          extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'apqBytes', value: 1_000_000, max: 65_536 },
        }),
      ]);
      expect(res.json.data).toBeUndefined();
      // Never registered: the hash alone is still unknown.
      const miss = await stack.post({ extensions: apq(query) });
      expect(miss.json).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })] });
    }
    expect(store.bytes).toBe(0);
    expect(store.entries).toBe(0);
  });

  it('keeps at most ROUTER_APQ_CACHE_BYTES of registered queries, least recently used out first', async () => {
    const queries = Array.from({ length: 40 }, (_, n) => paddedQuery(60_000, n));
    for (const query of queries) {
      const res = await stack.post({ query, extensions: apq(query) });
      expect(res.json).toEqual({ data: { users: [{ id: 'u1' }, { id: 'u2' }] } });
      expect(store.bytes).toBeLessThanOrEqual(CACHE_BYTES);
    }
    // 40 × 60 kB is 2.4 MB: only the most recent ones fit in the 1 MiB budget.
    expect(store.entries).toBe(Math.floor(CACHE_BYTES / (60_000 + 64)));
    const last = queries[queries.length - 1];
    expect((await stack.post({ extensions: apq(last) })).json.data).toEqual({ users: [{ id: 'u1' }, { id: 'u2' }] });
    const first = queries[0];
    expect((await stack.post({ extensions: apq(first) })).json.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
