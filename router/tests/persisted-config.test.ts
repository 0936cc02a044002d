import { createHash } from 'node:crypto';
import { readRouterConfig } from '../src';
import { DEFAULT_MANIFEST_PATH, persistedQueryList, readPersistedQueryList } from '../src/persisted/manifest';

const SECRET = { ROUTER_SIGNING_SECRET: 'x'.repeat(32) };
const body = 'query A { a }';
const op = { id: createHash('sha256').update(body).digest('hex'), name: 'A', type: 'query', body };

describe('persisted-query settings', () => {
  it('default to APQ, the explorer and introspection outside production', () => {
    const config = readRouterConfig(SECRET);
    expect(config.persistedQueries).toMatchObject({ mode: 'apq', namespace: 'foodgraph' });
    expect(config.explorer).toBe(true);
    expect(config.introspection).toBe(true);
  });

  it('turn the explorer and introspection off in production unless EXPLORER=on', () => {
    expect(readRouterConfig({ ...SECRET, NODE_ENV: 'production' })).toMatchObject({ explorer: false, introspection: false });
    expect(readRouterConfig({ ...SECRET, NODE_ENV: 'production', EXPLORER: 'on' })).toMatchObject({ explorer: true, introspection: true });
  });

  it('read the mode, the manifest path and Redis, and refuse an unknown mode naming the variable', () => {
    const config = readRouterConfig({
      ...SECRET,
      PERSISTED_QUERIES: 'safelist',
      REDIS_URL: 'redis://127.0.0.1:6379',
      FOODGRAPH_NAMESPACE: 'blue',
    });
    expect(config.persistedQueries).toMatchObject({ mode: 'safelist', redisUrl: 'redis://127.0.0.1:6379', namespace: 'blue' });
    expect(() => readRouterConfig({ ...SECRET, PERSISTED_QUERIES: 'strict' })).toThrow(/PERSISTED_QUERIES/);
  });

  it('bound APQ by bytes: 64 KiB per registered query and 16 MiB of cache by default, each variable validated', () => {
    expect(readRouterConfig(SECRET).persistedQueries).toMatchObject({ maxApqBytes: 65_536, cacheBytes: 16_777_216 });
    const config = readRouterConfig({ ...SECRET, ROUTER_MAX_APQ_BYTES: '1024', ROUTER_APQ_CACHE_BYTES: '1024' });
    expect(config.persistedQueries).toMatchObject({ maxApqBytes: 1024, cacheBytes: 1024 });
    expect(() => readRouterConfig({ ...SECRET, ROUTER_MAX_APQ_BYTES: '64k' })).toThrow(/ROUTER_MAX_APQ_BYTES/);
    expect(() => readRouterConfig({ ...SECRET, ROUTER_MAX_APQ_BYTES: '0' })).toThrow(/ROUTER_MAX_APQ_BYTES/);
    expect(() => readRouterConfig({ ...SECRET, ROUTER_APQ_CACHE_BYTES: '1000' })).toThrow(/ROUTER_APQ_CACHE_BYTES/);
  });
});

describe('the persisted-query manifest', () => {
  it('indexes operations by id', () => {
    const list = persistedQueryList({ format: 'apollo-persisted-query-manifest', version: 1, operations: [op] });
    expect(list.get(op.id)).toEqual(op);
    expect(list.size).toBe(1);
  });

  it('refuses an id that is not the sha256 of its body, so a list cannot run something else', () => {
    const lying = { ...op, body: 'mutation A { dropEverything }' };
    expect(() => persistedQueryList({ format: 'apollo-persisted-query-manifest', version: 1, operations: [lying] })).toThrow(/sha256/);
  });

  it('refuses another format', () => {
    expect(() => persistedQueryList({ [op.id]: body })).toThrow(/apollo-persisted-query-manifest/);
  });

  it("loads this repository's manifest", () => {
    expect(readPersistedQueryList(DEFAULT_MANIFEST_PATH).size).toBeGreaterThan(10);
  });
});
