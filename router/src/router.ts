import { ApolloServer } from '@apollo/server';
import { gracefulCloser, listenHttp } from '@foodgraph/platform/http';
import { tracingEnabled } from '@foodgraph/platform/tracing';
import { createRateLimitStore, type Quota } from '@foodgraph/platform/rate-limit';
import { createLogger, type Logger } from '@foodgraph/platform/logging';
import { createServer, type Server } from 'node:http';
import { createApiKeyResolver, RESOLVE_API_KEY_PATH } from './auth/api-keys';
import { createAuthenticator } from './auth/authenticate';
import { createClientAddressResolver } from './auth/client-address';
import { createKnownUserCheck, KNOWN_USER_PATH } from './auth/known-users';
import { JwksKeyStore } from './auth/jwks-key-store';
import { createExternalUserProvisioner, PROVISION_EXTERNAL_USER_PATH } from './auth/external-users';
import { createOidcTokenVerifier } from './auth/oidc-tokens';
import type { RouterContext } from './context';
import { createRouterErrorFormatter } from './format-error';
import { createExplorerRoute } from './explorer/explorer-route';
import { PlanRunner } from './execution/run-plan';
import { createGateway } from './gateway/create-gateway';
import { createCors } from './http/cors';
import { createRequestListener } from './http/create-request-listener';
import { createWebApp } from './http/web-app';
import { createWebhookProxy } from './http/webhook-proxy';
import { createSubscriptionsOverHttp, type ServeSubscriptionOverHttp } from './http/subscriptions-over-http';
import { watchSubgraphHealth } from './http/readiness';
import { OperationLimits } from './limits';
import { createMetricsEndpoint } from './metrics/metrics-endpoint';
import { RouterMetrics } from './metrics/router-metrics';
import { createPersistedQueries } from './persisted/create-persisted-queries';
import { routerPlugins } from './plugins/router-plugins';
import { useOperationMetrics } from './plugins/use-operation-metrics';
import { usePersistedQueries } from './plugins/use-persisted-queries';
import { useInputErrorFields } from './plugins/use-input-error-fields';
import { useKnownOperation } from './plugins/use-known-operation';
import { useRequestLimits } from './plugins/use-request-limits';
import { DEFAULT_API_KEY_QUOTA, DEFAULT_JWT_AUDIENCE, DEFAULT_JWT_ISSUER, type RouterOptions } from './router-options';
import { applyUrlOverrides, subgraphsOfSupergraph, type SupergraphSubgraph } from './supergraph/subgraph-urls';
import { buildSupergraphModel } from './supergraph/supergraph-model';
import { createSubscriptionServer, type SubscriptionServer } from './subscriptions';
import { signedServiceMap } from './transport/signed-service-map';
import { useOperationTracing } from './tracing/use-operation-tracing';
import { SubgraphPools } from './transport/subgraph-pools';

/** A router built by `createRouter`, not yet listening. */
export interface Router {
  readonly httpServer: Server;
  /** The subgraphs the router sends to, with their effective URLs. */
  readonly subgraphs: readonly SupergraphSubgraph[];
  /** The graphql-ws endpoint on `/graphql`; undefined when `subscriptions.enabled` is false. */
  readonly subscriptions: SubscriptionServer | undefined;
  /** The router's Prometheus series (served on `GET /metrics`). */
  readonly metrics: RouterMetrics;
  /**
   * Loads the supergraph, then listens (port 0 = any free port); resolves with the GraphQL URL,
   * and the metrics URL when `metrics.port` serves `/metrics` apart.
   */
  listen(port: number, host?: string): Promise<{ url: string; port: number; metricsUrl?: string | undefined }>;
  /** Stops accepting, lets in-flight requests finish (up to the grace period), releases everything. */
  stop(): Promise<void>;
}

/** Payment webhooks go to the orders subgraph; a supergraph without one has no webhooks. */
function webhookProxyFor(subgraphs: readonly SupergraphSubgraph[], logger: Logger) {
  const orders = subgraphs.find((s) => s.name === 'orders');
  return orders ? createWebhookProxy({ ordersUrl: orders.url, logger }) : undefined;
}

/** The JWKS of the users subgraph, by convention beside its GraphQL endpoint. */
function defaultJwksUrl(subgraphs: readonly SupergraphSubgraph[]): string | undefined {
  const users = subgraphs.find((s) => s.name === 'users');
  return users ? new URL('/.well-known/jwks.json', users.url).href : undefined;
}

/** The users subgraph's API key lookup, by convention on its origin. */
function defaultApiKeyResolveUrl(subgraphs: readonly SupergraphSubgraph[]): string | undefined {
  const users = subgraphs.find((s) => s.name === 'users');
  return users ? new URL(RESOLVE_API_KEY_PATH, users.url).href : undefined;
}

/** `path` on the users subgraph's origin; undefined for a supergraph without one. */
function usersOrigin(subgraphs: readonly SupergraphSubgraph[], path: string): string | undefined {
  const users = subgraphs.find((s) => s.name === 'users');
  return users ? new URL(path, users.url).href : undefined;
}

/**
 * The external identity provider's tokens, when `options.oidc` names one. Its people become
 * accounts of the users subgraph on first sight; without a users subgraph there is nowhere to
 * provision them, so the provider is left out (with a warning) rather than half-trusted.
 */
function oidcVerifierFor(options: RouterOptions, subgraphs: readonly SupergraphSubgraph[], logger: Logger) {
  if (!options.oidc) return undefined;
  const url = usersOrigin(subgraphs, PROVISION_EXTERNAL_USER_PATH);
  if (!url) {
    logger.warn({ issuer: options.oidc.issuer }, 'no users subgraph: tokens of the OIDC issuer will be refused');
    return undefined;
  }
  const provision = createExternalUserProvisioner({ url, routerSecret: options.routerSecret, logger, cacheMs: options.knownUserCacheMs });
  logger.info({ issuer: options.oidc.issuer }, 'accepting access tokens of an OIDC issuer');
  return createOidcTokenVerifier({ config: options.oidc, logger, provision, leewaySeconds: options.jwtClockLeewaySeconds });
}

/** Requests per API key: the default unless the options say otherwise (`null` = no limit). */
function apiKeyQuota(options: RouterOptions): Quota | undefined {
  const given = options.rateLimits?.apiKey;
  return given === undefined ? DEFAULT_API_KEY_QUOTA : (given ?? undefined);
}

/**
 * Builds the public entry point of the platform: `@apollo/gateway` over a static supergraph
 * inside `@apollo/server`, served by node:http. Nothing listens until `listen()`.
 */
export function createRouter(options: RouterOptions): Router {
  const logger = options.logger ?? createLogger('router');
  const subgraphs = applyUrlOverrides(subgraphsOfSupergraph(options.supergraphSdl), options.subgraphUrls);
  const pools = new SubgraphPools(options.pool);
  const persisted = createPersistedQueries(options.persistedQueries ?? {}, logger);
  // Operation names are labelled as listed in the persisted-query list, anything else as `other`.
  const metrics = new RouterMetrics(persisted.persisted.operationNames);
  const metricsEndpoint = createMetricsEndpoint(metrics, options.metrics ?? {}, logger);
  // One schema model and planner, one signed transport and one compiled-or-stock rule for HTTP
  // operations and subscription events alike.
  const runner = new PlanRunner({
    model: buildSupergraphModel(options.supergraphSdl),
    services: signedServiceMap({
      subgraphs,
      secret: options.routerSecret,
      pools,
      timeouts: options.subgraphTimeouts ?? {},
      defaultTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
      logger,
      metrics,
    }),
    mode: options.executor,
  });
  const gateway = createGateway({ supergraphSdl: options.supergraphSdl, runner, logger });
  const limits = new OperationLimits(options.limits);
  // Suggestions name schema members: hidden in production and wherever introspection is off.
  const production = process.env['NODE_ENV'] === 'production';
  const hideSuggestions = production || !(options.introspection ?? !production);
  const apollo = new ApolloServer<RouterContext>({
    gateway,
    formatError: createRouterErrorFormatter({ hideSuggestions }),
    plugins: [
      ...routerPlugins(logger),
      useOperationMetrics(metrics),
      ...(tracingEnabled() ? [useOperationTracing()] : []),
      usePersistedQueries(persisted.persisted, logger, metrics),
      useRequestLimits(limits),
      useKnownOperation(),
      useInputErrorFields(),
    ],
    parseOptions: limits.parseOptions,
    // usePersistedQueries replaces Apollo's APQ (it adds the list, safelisting and Redis).
    persistedQueries: false,
    ...(options.introspection === undefined ? {} : { introspection: options.introspection }),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // The process entry owns SIGINT/SIGTERM (drain, then exit). Apollo's own handlers would race
    // it: a second stop() waits on a barrier Apollo never resolves, so the process never exits.
    stopOnTerminationSignals: false,
    logger,
  });

  const jwksUrl = options.jwksUrl ?? defaultJwksUrl(subgraphs);
  if (!jwksUrl) logger.warn('no JWKS URL and no users subgraph: every bearer token will be refused');
  const keys = jwksUrl ? new JwksKeyStore({ url: jwksUrl, logger, minRefetchIntervalMs: options.jwksMinRefetchIntervalMs }) : undefined;
  const apiKeyResolveUrl = options.apiKeyResolveUrl ?? defaultApiKeyResolveUrl(subgraphs);
  const knownUserUrl = usersOrigin(subgraphs, KNOWN_USER_PATH);
  // One check (and one cache) for access tokens and for the subscriptions they opened.
  const knownUser = knownUserUrl
    ? createKnownUserCheck({ url: knownUserUrl, routerSecret: options.routerSecret, logger, knownCacheMs: options.knownUserCacheMs })
    : undefined;
  const rateLimits = createRateLimitStore({
    redisUrl: options.rateLimits?.redisUrl,
    namespace: options.rateLimits?.namespace ?? 'foodgraph',
    logger,
  });
  const oidc = oidcVerifierFor(options, subgraphs, logger);
  const authenticate = createAuthenticator({
    oidc,
    keys: keys?.lookup,
    issuer: options.jwtIssuer ?? DEFAULT_JWT_ISSUER,
    audience: options.jwtAudience ?? DEFAULT_JWT_AUDIENCE,
    leewaySeconds: options.jwtClockLeewaySeconds,
    apiKeys: apiKeyResolveUrl
      ? createApiKeyResolver({ url: apiKeyResolveUrl, routerSecret: options.routerSecret, logger, cacheMs: options.apiKeyCacheMs })
      : undefined,
    apiKeyLimit: rateLimits.limiter('api-key', apiKeyQuota(options), 'Too many requests with this API key'),
    knownUser,
  });

  let loaded = false;
  let draining = false;
  const httpServer = createServer(
    createRequestListener({
      apollo,
      authenticate,
      logger,
      maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
      clientAddressOf: createClientAddressResolver(options.trustedProxies ?? []),
      metrics,
      scrapeMetrics: metricsEndpoint.publicScrape,
      // Bound below, once the engine exists (it attaches graphql-ws to this server).
      subscriptionsOverHttp: (...args): Promise<boolean> => overHttp?.(...args) ?? Promise.resolve(false),
      readiness: { notReady: () => (draining ? 'draining' : loaded ? undefined : 'starting') },
      // Same default as Apollo's introspection: on unless NODE_ENV is production.
      explorer: (options.explorer ?? process.env['NODE_ENV'] !== 'production') ? createExplorerRoute(logger) : undefined,
      webhooks: webhookProxyFor(subgraphs, logger),
      // Any localhost origin outside production (a dev server on another port); none in production.
      cors: createCors({ origins: options.cors?.origins ?? (production ? [] : ['loopback']) }),
      webApp: createWebApp(
        { ...options.webApp, connectSources: options.oidc?.clientId ? [new URL(options.oidc.issuer).origin] : [] },
        logger,
      ),
      mapTiles: options.webApp?.mapTiles,
      sandboxPayments: options.webApp?.sandboxPayments,
      identityProvider: options.oidc?.clientId
        ? { issuer: options.oidc.issuer, clientId: options.oidc.clientId, displayName: options.oidc.displayName }
        : null,
    }),
  );
  // Longer than a typical load balancer's idle timeout (60 s), so the balancer closes first
  // and never sends on a socket we are closing.
  httpServer.keepAliveTimeout = 65_000;
  const close = gracefulCloser(httpServer);
  let health: { stop(): void } | undefined;
  const subscriptions =
    options.subscriptions?.enabled === false
      ? undefined
      : createSubscriptionServer({
          httpServer,
          runner,
          subgraphs,
          authenticate,
          secret: options.routerSecret,
          logger,
          options: options.subscriptions,
          persistedQueries: persisted.persisted,
          limits,
          hideSuggestions,
          metrics,
          accountActive: knownUser,
        });
  if (subscriptions) metrics.watchSubscriptions(() => subscriptions.stats());
  const overHttp: ServeSubscriptionOverHttp | undefined = subscriptions && createSubscriptionsOverHttp(subscriptions.engine, logger);

  return {
    httpServer,
    subgraphs,
    subscriptions,
    metrics,
    async listen(port, host = '127.0.0.1') {
      if (!loaded) {
        await apollo.start();
        loaded = true;
      }
      draining = false;
      health ??= watchSubgraphHealth({ subgraphs, pools, logger, intervalMs: options.subgraphHealthIntervalMs });
      const { url, port: actual } = await listenHttp(httpServer, port, host);
      logger.info({ url, subgraphs: subgraphs.map((s) => s.name) }, 'router listening');
      const metricsUrl = await metricsEndpoint.listen(host);
      return { url, port: actual, metricsUrl };
    },
    async stop() {
      // Out of rotation first: /ready answers 503 while everything is still served, so a load
      // balancer stops sending before the port closes.
      draining = true;
      health?.stop();
      health = undefined;
      const delay = options.drainDelayMs ?? 0;
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      // WebSockets are upgraded away from HTTP: the HTTP close would not end them.
      await subscriptions?.close();
      await close(options.shutdownGraceMs ?? 10_000);
      await metricsEndpoint.close();
      if (loaded) await apollo.stop();
      loaded = false;
      await pools.close();
      await persisted.close();
      await rateLimits.close();
    },
  };
}
