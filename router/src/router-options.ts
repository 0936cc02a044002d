import type { Logger } from '@foodgraph/platform/logging';
import type { ExecutorMode } from './execution/run-plan';
import type { SubgraphPoolOptions } from './transport/subgraph-pools';
import type { RequestLimitOptions } from './limits';
import type { CorsOptions } from './http/cors';
import type { RouterMetricsOptions } from './metrics/metrics-endpoint';
import type { WebAppOptions } from './http/web-app';
import type { SubscriptionOptions } from './subscriptions/subscription-options';
import type { PersistedQueryOptions } from './persisted/create-persisted-queries';
import type { Quota } from '@foodgraph/platform/rate-limit';
import type { OidcConfig } from '@foodgraph/platform/config';

/** Requests per partner API key, unless `RATE_LIMIT_API_KEY` says otherwise. */
export const DEFAULT_API_KEY_QUOTA: Quota = { points: 600, durationSeconds: 60 };

/** `RouterOptions.rateLimits`. */
export interface RouterRateLimitOptions {
  /** Requests per partner API key (`RATE_LIMIT_API_KEY`); `null` = no limit. @default DEFAULT_API_KEY_QUOTA */
  apiKey?: Quota | null;
  /** Redis shared by every replica, so a key's requests count together. @default per-router memory */
  redisUrl?: string | undefined;
  /** Redis key prefix (`FOODGRAPH_NAMESPACE`). @default 'foodgraph' */
  namespace?: string;
}

/** Expected `iss` of access tokens (the users subgraph's `JWT_ISSUER` default). */
export const DEFAULT_JWT_ISSUER = 'foodgraph-users';
/** Expected `aud` of access tokens (the users subgraph's `JWT_AUDIENCE` default). */
export const DEFAULT_JWT_AUDIENCE = 'foodgraph';

/** Options of `createRouter`. Only `supergraphSdl` and `routerSecret` are required. */
export interface RouterOptions {
  /** The composed supergraph (e.g. the contents of `schema/supergraph.graphql`). */
  supergraphSdl: string;
  /** Secret shared with the subgraphs; every subgraph request is signed with it. */
  routerSecret: string;
  /** @default a `router` logger at `info` */
  logger?: Logger;
  /**
   * Subgraph URLs by subgraph name, replacing those composed into the supergraph
   * (`{ users: 'http://127.0.0.1:40123/graphql' }`). Naming an unknown subgraph is an error.
   */
  subgraphUrls?: Readonly<Record<string, string>>;
  /**
   * Where the access-token signing keys are published.
   * @default the users subgraph's origin + `/.well-known/jwks.json`; with no users subgraph
   * in the supergraph, no keys, so every bearer token is refused
   */
  jwksUrl?: string;
  /** @default DEFAULT_JWT_ISSUER */
  jwtIssuer?: string;
  /** @default DEFAULT_JWT_AUDIENCE */
  jwtAudience?: string;
  /**
   * Clock skew allowed when checking an access token's `exp` and `iat`, in seconds: a token
   * works this long past its expiry. @default 30
   */
  jwtClockLeewaySeconds?: number;
  /** Least time between JWKS refetches caused by unknown key ids, in ms. @default 30000 */
  jwksMinRefetchIntervalMs?: number;
  /**
   * An external OpenID Connect issuer whose access tokens are accepted beside the platform's
   * own (`OIDC_*`, read by `oidcConfig`); its users are provisioned by the users subgraph on
   * first sight. @default none
   */
  oidc?: OidcConfig | undefined;
  /** Allow schema introspection. @default Apollo's: on unless NODE_ENV is `production` */
  introspection?: boolean;
  /** Largest accepted request body in bytes; larger bodies get 413 QUERY_TOO_COMPLEX. @default 1 MiB */
  maxBodyBytes?: number;
  /**
   * Depth, alias, root-field, token, directive and cost limits of every operation, over HTTP
   * and WebSocket; one over answers QUERY_TOO_COMPLEX. @default DEFAULT_REQUEST_LIMITS (all on)
   */
  limits?: RequestLimitOptions;
  /** Deadline for one subgraph request, in ms. @default 10000 */
  subgraphTimeoutMs?: number;
  /** Per-subgraph deadlines in ms, by name, overriding `subgraphTimeoutMs`. */
  subgraphTimeouts?: Readonly<Record<string, number>>;
  /** Connection pooling towards subgraphs. */
  pool?: SubgraphPoolOptions;
  /**
   * Who executes query plans, for HTTP operations and subscription events alike: `compiled`
   * (the router's executor, the stock one for what it does not cover) or `stock`
   * (`@apollo/gateway`'s `executeQueryPlan` for everything — the fallback should the compiled
   * path ever answer differently). @default 'compiled'
   */
  executor?: ExecutorMode;
  /**
   * How often every subgraph's `/health` is checked for the logs (a warning when one goes
   * down, a line when it is back), in ms; 0 = never. `/ready` does not depend on it.
   * @default 10000
   */
  subgraphHealthIntervalMs?: number;
  /**
   * How long `stop()` keeps serving with `/ready` at 503 before it closes the port, in ms, so a
   * load balancer takes the router out of rotation first. @default 0
   */
  drainDelayMs?: number;
  /** How long `stop()` waits for in-flight requests before closing their sockets, in ms. @default 10000 */
  shutdownGraceMs?: number;
  /** Federated subscriptions over graphql-ws on `/graphql` (limits, timeouts). @default enabled */
  subscriptions?: SubscriptionOptions;
  /** APQ, the persisted-query list and safelisting. @default mode `apq`, in memory, schema/persisted-queries.json */
  persistedQueries?: PersistedQueryOptions;
  /**
   * The users subgraph's API key lookup.
   * @default the users subgraph's origin + `/internal/api-keys/resolve`; with no users subgraph, API keys are refused
   */
  apiKeyResolveUrl?: string;
  /** How long an API key lookup is reused, in ms: how long a revoked key may keep working. @default 5000 */
  apiKeyCacheMs?: number;
  /**
   * How long "this account exists and is enabled" is reused per user, in ms: how long a disabled
   * user's access tokens (and, with `subscriptions.accountCheckIntervalMs`, live subscriptions)
   * may keep working. @default 30000
   */
  knownUserCacheMs?: number;
  /**
   * Proxies (addresses, CIDR blocks, `loopback`, `private`) whose `X-Forwarded-For` the router
   * believes when it works out the client's address, which it signs into every subgraph request
   * for per-address rate limits (`TRUSTED_PROXIES`). @default none: the TCP peer is the client
   */
  trustedProxies?: readonly string[];
  /** Rate limits the router applies itself, and where their counters live. */
  rateLimits?: RouterRateLimitOptions;
  /** Browser apps on other origins (CORS): which origins may call `/graphql`, with credentials. */
  cors?: CorsOptions;
  /** The explorer (GraphiQL) on `GET /graphql` for browsers. @default on unless NODE_ENV is `production` */
  explorer?: boolean;
  /** The web app at `/` and its runtime settings (`GET /app-config.json`). @default no app: `/` is the landing page */
  webApp?: WebAppOptions;
  /** Prometheus `GET /metrics`: on the public port, or on its own (`METRICS_PORT`). */
  metrics?: RouterMetricsOptions;
}
