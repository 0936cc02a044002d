import { ConfigError } from '@foodgraph/platform/config';
import { DEFAULT_SUPERGRAPH_PATH, readRouterConfig, subgraphTimeoutOverrides, subgraphUrlOverrides } from '../../src/config';
import { defaultWorkerCount } from '../../src/cpu-limit';
import { DEFAULT_REQUEST_LIMITS } from '../../src/limits';
import { applyUrlOverrides, subgraphsOfSupergraph, subgraphUrlVariable } from '../../src/supergraph/subgraph-urls';
import { FIXTURE_SUPERGRAPH } from '../fixtures/start-stack';

const SECRET = 's'.repeat(32);

describe('readRouterConfig', () => {
  it('has defaults for everything but the secret', () => {
    const config = readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET });
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      routerSecret: SECRET,
      secretGenerated: false,
      introspection: true,
      maxBodyBytes: 1024 * 1024,
      subgraphTimeoutMs: 10_000,
    });
    expect(DEFAULT_SUPERGRAPH_PATH).toMatch(/schema\/supergraph\.graphql$/);
  });

  it('requires the signing secret in production', () => {
    expect(() => readRouterConfig({ NODE_ENV: 'production' })).toThrow(/ROUTER_SIGNING_SECRET/);
  });

  it('makes up a secret outside production, and for an explicitly given supergraph', () => {
    expect(readRouterConfig({}).secretGenerated).toBe(true);
    const bench = readRouterConfig({ NODE_ENV: 'production', SUPERGRAPH: '/tmp/x.graphql' });
    expect(bench.secretGenerated).toBe(true);
    expect(bench.routerSecret.length).toBeGreaterThanOrEqual(32);
    expect(bench.supergraphPath).toBe('/tmp/x.graphql');
  });

  it('runs one router worker per usable CPU in production and one otherwise, unless ROUTER_WORKERS says', () => {
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET }).workers).toBe(1);
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, NODE_ENV: 'production' }).workers).toBe(defaultWorkerCount());
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, NODE_ENV: 'production', ROUTER_WORKERS: '1' }).workers).toBe(1);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_WORKERS: '0' })).toThrow(/ROUTER_WORKERS/);
  });

  it('runs the compiled executor unless ROUTER_EXECUTOR=stock, and refuses any other value by name', () => {
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET }).executor).toBe('compiled');
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_EXECUTOR: 'stock' }).executor).toBe('stock');
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_EXECUTOR: 'compiled' }).executor).toBe('compiled');
    const invalid = () => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_EXECUTOR: 'fast' });
    expect(invalid).toThrow(ConfigError);
    expect(invalid).toThrow(/ROUTER_EXECUTOR.*compiled, stock.*"fast"/);
  });

  it('bounds the sockets per subgraph origin, 32 unless SUBGRAPH_MAX_CONNECTIONS says', () => {
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET }).pool).toEqual({ connections: 32 });
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, SUBGRAPH_MAX_CONNECTIONS: '128' }).pool).toEqual({ connections: 128 });
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, SUBGRAPH_MAX_CONNECTIONS: '0' })).toThrow(/SUBGRAPH_MAX_CONNECTIONS/);
  });

  it('has every request limit on by default, each set or switched off (0) by its variable', () => {
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET }).limits).toEqual(DEFAULT_REQUEST_LIMITS);
    const config = readRouterConfig({
      ROUTER_SIGNING_SECRET: SECRET,
      ROUTER_MAX_DEPTH: '7',
      ROUTER_MAX_ALIASES: '0',
      ROUTER_MAX_ROOT_FIELDS: '4',
      ROUTER_MAX_TOKENS: '500',
      ROUTER_MAX_DIRECTIVES: '3',
      ROUTER_MAX_COST: '0',
      ROUTER_DEFAULT_LIST_SIZE: '25',
      ROUTER_MAX_BODY_BYTES: '4096',
    });
    expect(config.limits).toEqual({
      maxDepth: 7,
      maxAliases: 0,
      maxRootFields: 4,
      maxTokens: 500,
      maxDirectives: 3,
      maxCost: 0,
      defaultListSize: 25,
    });
    expect(config.maxBodyBytes).toBe(4096);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_MAX_DEPTH: '-1' })).toThrow(/ROUTER_MAX_DEPTH/);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_MAX_COST: 'lots' })).toThrow(/ROUTER_MAX_COST/);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_DEFAULT_LIST_SIZE: '0' })).toThrow(/ROUTER_DEFAULT_LIST_SIZE/);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, ROUTER_MAX_BODY_BYTES: '10' })).toThrow(/ROUTER_MAX_BODY_BYTES/);
  });

  it('refuses a short secret', () => {
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('turns introspection off in production unless forced on', () => {
    expect(readRouterConfig({ NODE_ENV: 'production', ROUTER_SIGNING_SECRET: SECRET }).introspection).toBe(false);
    expect(readRouterConfig({ NODE_ENV: 'production', ROUTER_SIGNING_SECRET: SECRET, ROUTER_INTROSPECTION: 'true' }).introspection).toBe(
      true,
    );
  });

  it('reads durations and names the variable it cannot parse', () => {
    expect(readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, SUBGRAPH_TIMEOUT: '2s' }).subgraphTimeoutMs).toBe(2000);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, SUBGRAPH_TIMEOUT: 'soon' })).toThrow(/SUBGRAPH_TIMEOUT/);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, PORT: 'eighty' })).toThrow(/PORT/);
  });
});

describe('subgraph URLs', () => {
  it('reads the subgraphs and URLs composed into a supergraph', () => {
    expect(subgraphsOfSupergraph(FIXTURE_SUPERGRAPH)).toEqual([
      { name: 'accounts', url: 'http://127.0.0.1:9/accounts' },
      { name: 'reviews', url: 'http://127.0.0.1:9/reviews' },
    ]);
  });

  it('maps SUBGRAPH_<NAME>_URL variables to subgraph names', () => {
    const { subgraphUrlVariables } = readRouterConfig({
      ROUTER_SIGNING_SECRET: SECRET,
      SUBGRAPH_ACCOUNTS_URL: 'http://a:1/graphql',
      SUBGRAPH_TIMEOUT: '1s',
    });
    expect(subgraphUrlOverrides(subgraphUrlVariables, ['accounts', 'reviews'])).toEqual({
      urls: { accounts: 'http://a:1/graphql' },
      unmatched: [],
    });
    expect(subgraphUrlVariable('order-history')).toBe('SUBGRAPH_ORDER_HISTORY_URL');
  });

  it('reports URL variables that name no subgraph, and refuses such an option', () => {
    expect(subgraphUrlOverrides({ SUBGRAPH_ACOUNTS_URL: 'http://a:1/graphql' }, ['accounts'])).toEqual({
      urls: {},
      unmatched: ['SUBGRAPH_ACOUNTS_URL'],
    });
    expect(() => applyUrlOverrides(subgraphsOfSupergraph(FIXTURE_SUPERGRAPH), { acounts: 'http://a:1/graphql' })).toThrow(/acounts/);
  });

  it('maps SUBGRAPH_<NAME>_TIMEOUT variables to subgraph names, beside SUBGRAPH_TIMEOUT for the others', () => {
    const config = readRouterConfig({
      ROUTER_SIGNING_SECRET: SECRET,
      SUBGRAPH_TIMEOUT: '3s',
      SUBGRAPH_ACCOUNTS_TIMEOUT: '250ms',
      SUBGRAPH_ORDER_HISTORY_TIMEOUT: '2',
      SUBGRAPH_ACOUNTS_TIMEOUT: '1s',
      SUBGRAPH_REVIEWS_TIMEOUT: '',
    });
    expect(config.subgraphTimeoutMs).toBe(3000);
    expect(config.subgraphTimeoutVariables).toEqual({
      SUBGRAPH_ACCOUNTS_TIMEOUT: 250,
      SUBGRAPH_ORDER_HISTORY_TIMEOUT: 2,
      SUBGRAPH_ACOUNTS_TIMEOUT: 1000,
    });
    expect(subgraphTimeoutOverrides(config.subgraphTimeoutVariables, ['accounts', 'order-history', 'reviews'])).toEqual({
      timeouts: { accounts: 250, 'order-history': 2 },
      unmatched: ['SUBGRAPH_ACOUNTS_TIMEOUT'],
    });
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, SUBGRAPH_USERS_TIMEOUT: 'soon' })).toThrow(/SUBGRAPH_USERS_TIMEOUT/);
    expect(() => readRouterConfig({ ROUTER_SIGNING_SECRET: SECRET, SUBGRAPH_USERS_TIMEOUT: '0s' })).toThrow(/SUBGRAPH_USERS_TIMEOUT/);
  });

  it('refuses a document that is not a supergraph', () => {
    expect(() => subgraphsOfSupergraph('type Query { a: Int }')).toThrow(/join__Graph/);
  });
});
