import {
  bool,
  ConfigError,
  duration,
  int,
  oneOf,
  optionalStr,
  oidcConfig,
  optionalUrl,
  paymentProvider,
  str,
  type Env,
} from '@foodgraph/platform/config';
import { formatQuota, quota } from '@foodgraph/platform/rate-limit';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultWorkerCount } from './cpu-limit';
import { EXECUTOR_MODES } from './execution/run-plan';
import { ANY_ORIGIN, corsOriginProblem, LOOPBACK_ORIGINS } from './http/cors';
import type { WebAppOptions } from './http/web-app';
import { DEFAULT_MAP_TILES, mapTileSource } from './http/web-app-policy';
import { DEFAULT_REQUEST_LIMITS, type RequestLimitOptions } from './limits';
import { DEFAULT_APQ_CACHE_BYTES } from './persisted/apq-store';
import { DEFAULT_MAX_APQ_BYTES, PERSISTED_QUERY_MODES } from './persisted/persisted-queries';
import { subgraphVariable } from './supergraph/subgraph-urls';
import { DEFAULT_SUBGRAPH_CONNECTIONS } from './transport/subgraph-pools';
import { trustedProxyProblem } from './auth/client-address';
import { DEFAULT_API_KEY_QUOTA, DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER, type RouterOptions } from './router-options';

/** `schema/supergraph.graphql` of this repository (from `router/src` or `router/dist`). */
export const DEFAULT_SUPERGRAPH_PATH = resolve(__dirname, '../../schema/supergraph.graphql');

/** The repository's `web/dist`, where `npm run build -w web` puts the app (from `router/src` or `router/dist`). */
export const DEFAULT_WEB_APP_DIR = resolve(__dirname, '../../web/dist');

/** Everything the router process needs, read from the environment (see `.env.example`). */
export interface RouterConfig extends Omit<RouterOptions, 'supergraphSdl' | 'logger' | 'subgraphUrls' | 'subgraphTimeouts'> {
  /** `PORT`. @default 4000 */
  port: number;
  /** `HOST`; use 0.0.0.0 in containers. @default 127.0.0.1 */
  host: string;
  /** `SUPERGRAPH`: the supergraph file to run. @default DEFAULT_SUPERGRAPH_PATH */
  supergraphPath: string;
  /**
   * Every `SUBGRAPH_<NAME>_URL` set, by variable name; `subgraphUrlOverrides` matches them to
   * the supergraph's subgraph names once the supergraph is read.
   */
  subgraphUrlVariables: Record<string, string>;
  /**
   * Every `SUBGRAPH_<NAME>_TIMEOUT` set (in ms), by variable name; `subgraphTimeoutOverrides`
   * matches them to subgraph names as `subgraphUrlOverrides` does for URLs.
   */
  subgraphTimeoutVariables: Record<string, number>;
  /** `LOG_LEVEL`. @default info */
  logLevel: string;
  /**
   * `ROUTER_WORKERS`: router processes sharing the port (node:cluster), so one command uses
   * every core. @default one per usable CPU (cores, capped by the cgroup CPU limit) when
   * NODE_ENV=production, else 1
   */
  workers: number;
  /**
   * True when `ROUTER_SIGNING_SECRET` was unset and a random per-process secret was made up
   * (development, or a supergraph given explicitly); the entry point warns about it.
   */
  secretGenerated: boolean;
}

/**
 * `ROUTER_SIGNING_SECRET` is required in production. Outside production — and for a supergraph
 * given explicitly with `SUPERGRAPH`, i.e. not our own subgraphs (the external benchmark's
 * subgraphs ignore the signature) — a random secret per process keeps the router runnable;
 * our subgraphs, having a different secret, then refuse its requests, which is the safe failure.
 */
function signingSecret(env: Env, production: boolean, explicitSupergraph: boolean): { secret: string; generated: boolean } {
  const given = optionalStr(env, 'ROUTER_SIGNING_SECRET');
  if (given !== undefined) {
    if (given.length < 32) throw new ConfigError('ROUTER_SIGNING_SECRET', 'must be at least 32 characters');
    return { secret: given, generated: false };
  }
  if (production && !explicitSupergraph) {
    throw new ConfigError(
      'ROUTER_SIGNING_SECRET',
      'is required when NODE_ENV=production (any random string of 32+ characters, the same for the router and every subgraph)',
    );
  }
  return { secret: randomBytes(32).toString('base64url'), generated: true };
}

/** Parses the router's environment once; throws `ConfigError` naming the bad variable. */
export function readRouterConfig(env: Env): RouterConfig {
  const production = env['NODE_ENV'] === 'production';
  const explicitSupergraph = optionalStr(env, 'SUPERGRAPH');
  const { secret, generated } = signingSecret(env, production, explicitSupergraph !== undefined);
  const ms = (name: string, fallback: number) => {
    const v = duration(env, name, fallback);
    if (v <= 0) throw new ConfigError(name, 'must be greater than zero');
    return v;
  };
  const explorer = bool(env, 'EXPLORER', !production);
  return {
    port: int(env, 'PORT', 4000, { min: 0, max: 65535 }),
    host: str(env, 'HOST', '127.0.0.1'),
    supergraphPath: explicitSupergraph === undefined ? DEFAULT_SUPERGRAPH_PATH : resolve(explicitSupergraph),
    subgraphUrlVariables: subgraphUrlVariables(env),
    subgraphTimeoutVariables: subgraphTimeoutVariables(env, ms),
    logLevel: oneOf(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    workers: int(env, 'ROUTER_WORKERS', production ? defaultWorkerCount() : 1, { min: 1, max: 1024 }),
    routerSecret: secret,
    secretGenerated: generated,
    jwksUrl: optionalUrl(env, 'JWKS_URL'),
    jwtIssuer: str(env, 'JWT_ISSUER', DEFAULT_JWT_ISSUER),
    jwtAudience: str(env, 'JWT_AUDIENCE', DEFAULT_JWT_AUDIENCE),
    jwtClockLeewaySeconds: Math.round(duration(env, 'JWT_CLOCK_LEEWAY', 30_000) / 1000),
    oidc: oidcConfig(env),
    explorer,
    // The explorer needs introspection for its docs and completion, so enabling one enables both.
    introspection: bool(env, 'ROUTER_INTROSPECTION', !production || explorer),
    persistedQueries: persistedQueryConfig(env),
    maxBodyBytes: int(env, 'ROUTER_MAX_BODY_BYTES', 1024 * 1024, { min: 1024 }),
    limits: requestLimitConfig(env),
    subgraphTimeoutMs: ms('SUBGRAPH_TIMEOUT', 10_000),
    pool: { connections: int(env, 'SUBGRAPH_MAX_CONNECTIONS', DEFAULT_SUBGRAPH_CONNECTIONS, { min: 1, max: 65_535 }) },
    executor: oneOf(env, 'ROUTER_EXECUTOR', EXECUTOR_MODES, 'compiled'),
    shutdownGraceMs: duration(env, 'ROUTER_SHUTDOWN_GRACE', 10_000),
    trustedProxies: trustedProxiesConfig(env),
    rateLimits: {
      apiKey: quota(env, 'RATE_LIMIT_API_KEY', formatQuota(DEFAULT_API_KEY_QUOTA)) ?? null,
      redisUrl: optionalUrl(env, 'REDIS_URL'),
      namespace: str(env, 'FOODGRAPH_NAMESPACE', 'foodgraph'),
    },
    drainDelayMs: duration(env, 'ROUTER_DRAIN_DELAY', 0),
    cors: { origins: corsOrigins(env, production) },
    subgraphHealthIntervalMs: duration(env, 'SUBGRAPH_HEALTH_INTERVAL', 10_000),
    // Unset: /metrics on the public port. Set: there alone (0 = any free port, logged).
    metrics: { port: optionalStr(env, 'METRICS_PORT') === undefined ? undefined : int(env, 'METRICS_PORT', 0, { max: 65535 }) },
    webApp: webAppConfig(env),
  };
}

/**
 * `WEB_APP_DIR` (the built web app; `off` = none, `/` is the landing page), `WEB_MAP_TILES`
 * (the map's tile URL template; `off` = none) and `PAYMENT_PROVIDER` (read as the orders
 * subgraph reads it; the app offers the sandbox's "Pay" button only with the sandbox).
 * Unset, `WEB_APP_DIR` is the repository's `web/dist` once it is built; a directory named
 * explicitly must hold the built app.
 */
function webAppConfig(env: Env): WebAppOptions {
  const given = optionalStr(env, 'WEB_APP_DIR');
  let dir: string | undefined;
  if (given === undefined) {
    dir = existsSync(join(DEFAULT_WEB_APP_DIR, 'index.html')) ? DEFAULT_WEB_APP_DIR : undefined;
  } else if (given !== 'off') {
    dir = resolve(given);
    if (!existsSync(join(dir, 'index.html')))
      throw new ConfigError('WEB_APP_DIR', `has no index.html: ${dir} (build the app with npm run build -w web, or set it to off)`);
  }
  const sandboxPayments = paymentProvider(env) === 'sandbox';
  const tiles = optionalStr(env, 'WEB_MAP_TILES') ?? DEFAULT_MAP_TILES;
  if (tiles === 'off') return { dir, mapTiles: null, sandboxPayments };
  const checked = mapTileSource(tiles);
  if ('problem' in checked) throw new ConfigError('WEB_MAP_TILES', `is not a tile URL template: ${checked.problem}`);
  return { dir, mapTiles: tiles, sandboxPayments };
}

/** `TRUSTED_PROXIES`: comma-separated addresses, CIDR blocks, `loopback` or `private`; unset = none. */
function trustedProxiesConfig(env: Env): string[] {
  const entries = (optionalStr(env, 'TRUSTED_PROXIES') ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    const problem = trustedProxyProblem(entry);
    if (problem) throw new ConfigError('TRUSTED_PROXIES', problem);
  }
  return entries;
}

/**
 * `PERSISTED_QUERIES`, `PERSISTED_QUERY_MANIFEST`, Redis (`REDIS_URL`, `FOODGRAPH_NAMESPACE`) for APQ,
 * and its byte bounds (`ROUTER_MAX_APQ_BYTES`, `ROUTER_APQ_CACHE_BYTES`).
 */
function persistedQueryConfig(env: Env): NonNullable<RouterConfig['persistedQueries']> {
  const manifestPath = optionalStr(env, 'PERSISTED_QUERY_MANIFEST');
  return {
    mode: oneOf(env, 'PERSISTED_QUERIES', PERSISTED_QUERY_MODES, 'apq'),
    ...(manifestPath === undefined ? {} : { manifestPath: resolve(manifestPath) }),
    redisUrl: optionalUrl(env, 'REDIS_URL'),
    namespace: str(env, 'FOODGRAPH_NAMESPACE', 'foodgraph'),
    maxApqBytes: int(env, 'ROUTER_MAX_APQ_BYTES', DEFAULT_MAX_APQ_BYTES, { min: 1 }),
    cacheBytes: int(env, 'ROUTER_APQ_CACHE_BYTES', DEFAULT_APQ_CACHE_BYTES, { min: 1024 }),
  };
}

/**
 * `CORS_ORIGINS`: comma-separated origins allowed to call from a browser, or `*` (any; refused
 * in production, where it would let every site call with its visitors' credentials).
 * Unset: any localhost origin outside production, none in production.
 */
function corsOrigins(env: Env, production: boolean): string[] {
  const given = optionalStr(env, 'CORS_ORIGINS');
  if (given === undefined) return production ? [] : [LOOPBACK_ORIGINS];
  const origins = given
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  for (const origin of origins) {
    if (origin === ANY_ORIGIN && production)
      throw new ConfigError('CORS_ORIGINS', 'may not be * when NODE_ENV=production: list the origins');
    // `loopback` is the default's internal name, not something to configure.
    const problem = origin === LOOPBACK_ORIGINS ? `"${origin}" is not an origin like https://app.example.com` : corsOriginProblem(origin);
    if (problem) throw new ConfigError('CORS_ORIGINS', problem);
  }
  return origins;
}

/** `ROUTER_MAX_*` request limits (0 = off) and `ROUTER_DEFAULT_LIST_SIZE`. */
function requestLimitConfig(env: Env): RequestLimitOptions {
  const d = DEFAULT_REQUEST_LIMITS;
  const limit = (name: string, fallback: number) => int(env, name, fallback, { min: 0 });
  return {
    maxDepth: limit('ROUTER_MAX_DEPTH', d.maxDepth),
    maxAliases: limit('ROUTER_MAX_ALIASES', d.maxAliases),
    maxRootFields: limit('ROUTER_MAX_ROOT_FIELDS', d.maxRootFields),
    maxTokens: limit('ROUTER_MAX_TOKENS', d.maxTokens),
    maxDirectives: limit('ROUTER_MAX_DIRECTIVES', d.maxDirectives),
    maxCost: limit('ROUTER_MAX_COST', d.maxCost),
    defaultListSize: int(env, 'ROUTER_DEFAULT_LIST_SIZE', d.defaultListSize, { min: 1 }),
  };
}

function subgraphTimeoutVariables(env: Env, ms: (name: string, fallback: number) => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of Object.keys(env)) {
    if (!/^SUBGRAPH_[A-Z0-9_]+_TIMEOUT$/.test(name) || optionalStr(env, name) === undefined) continue;
    out[name] = ms(name, 0);
  }
  return out;
}

function subgraphUrlVariables(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(env)) {
    if (!/^SUBGRAPH_[A-Z0-9_]+_URL$/.test(name)) continue;
    const url = optionalUrl(env, name);
    if (url !== undefined) out[name] = url;
  }
  return out;
}

/**
 * The `subgraphUrls` option from `SUBGRAPH_<NAME>_URL` variables, plus the variables that match
 * no subgraph of the supergraph. The entry point warns about those rather than failing: the
 * same environment serves several processes and supergraphs, but one is most likely a typo
 * that leaves a subgraph on its composed URL (which `/ready` then reports).
 */
export function subgraphUrlOverrides(
  variables: Readonly<Record<string, string>>,
  subgraphNames: readonly string[],
): { urls: Record<string, string>; unmatched: string[] } {
  const { values, unmatched } = bySubgraphName(variables, subgraphNames, 'URL');
  return { urls: values, unmatched };
}

/** The `subgraphTimeouts` option from `SUBGRAPH_<NAME>_TIMEOUT` variables, matched like the URLs. */
export function subgraphTimeoutOverrides(
  variables: Readonly<Record<string, number>>,
  subgraphNames: readonly string[],
): { timeouts: Record<string, number>; unmatched: string[] } {
  const { values, unmatched } = bySubgraphName(variables, subgraphNames, 'TIMEOUT');
  return { timeouts: values, unmatched };
}

function bySubgraphName<T>(
  variables: Readonly<Record<string, T>>,
  subgraphNames: readonly string[],
  setting: 'URL' | 'TIMEOUT',
): { values: Record<string, T>; unmatched: string[] } {
  const byVariable = new Map(subgraphNames.map((n) => [subgraphVariable(n, setting), n]));
  const values: Record<string, T> = {};
  const unmatched: string[] = [];
  for (const [variable, value] of Object.entries(variables)) {
    const name = byVariable.get(variable);
    if (name === undefined) unmatched.push(variable);
    else values[name] = value;
  }
  return { values, unmatched };
}
