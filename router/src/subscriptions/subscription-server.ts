import { encodeIdentity } from '@foodgraph/platform/auth';
import { RateLimitedError } from '@foodgraph/platform/errors';
import type { Logger } from '@foodgraph/platform/logging';
import { attachGraphQLWs, type WsExtra } from '@foodgraph/platform/subscriptions';
import { type GraphQLError } from 'graphql';
import type { Server } from 'node:http';
import type { Authenticate } from '../auth/authenticate';
import { AuthenticationError } from '../auth/authentication-error';
import type { OperationLimits } from '../limits';
import type { RouterContext } from '../context';
import { formatRouterError } from '../format-error';
import { requestIdOf } from '../http/request-id';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';
import { SubscriptionCloseCode } from './close-codes';
import { authenticateConnection } from './connection-auth';
import { EventExecutor } from './event-executor';
import { FeedRegistry, type SubscriptionTicket } from './feed-registry';
import { SubscriptionFailure } from './feed-subscriber';
import { resolveSubscriptionOptions, type SubscriptionOptions } from './subscription-options';
import type { PersistedQueries } from '../persisted/persisted-queries';
import { resolveSubscriptionQuery } from './persisted-subscriptions';
import { SubscriptionPlanner } from './subscription-planner';
import type { PlanRunner } from '../execution/run-plan';
import { UpstreamClients } from './upstream-clients';

/** What `createSubscriptionServer` needs from the router. */
export interface SubscriptionServerDeps {
  httpServer: Server;
  /**
   * The router's plan runner, shared with the HTTP executor: its supergraph model plans, its
   * signed data sources make the entity fetches of each event.
   */
  runner: PlanRunner;
  /** The subgraphs with their effective URLs. */
  subgraphs: readonly SupergraphSubgraph[];
  /** The router's HTTP authenticator, reused for `connection_init` credentials. */
  authenticate: Authenticate;
  secret: string;
  logger: Logger;
  options?: SubscriptionOptions;
  /** Persisted-query rules; safelisted callers may subscribe to listed operations only. */
  persistedQueries?: PersistedQueries | undefined;
  /** The router's request limits (depth, cost, tokens…), the same as over HTTP. */
  limits?: OperationLimits;
}

/** Counters of the subscription engine (for tests, metrics and the bench). */
export interface SubscriptionStats {
  connections: number;
  /** Client subscriptions running. */
  subscriptions: number;
  /** Distinct (deduplicated) subscriptions, each with one upstream subscription. */
  feeds: number;
  upstreamSubscriptions: number;
}

export interface SubscriptionServer {
  stats(): SubscriptionStats;
  /** Closes client connections (1001), then the upstream connections. */
  close(): Promise<void>;
}

interface Connection extends WsExtra {
  requestId: string;
  context?: RouterContext;
  /** Counted against `maxConnectionsPerIdentity` under this key. */
  identityKey?: string;
  expiry?: NodeJS.Timeout;
}

const formatLocal = (error: GraphQLError) => formatRouterError(error.toJSON(), error);
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Federated subscriptions on the router's `/graphql` (graphql-ws, same port as HTTP): connection
 * auth from `connection_init`, validation and planning before anything goes upstream, one
 * deduplicated upstream subscription per distinct (operation, variables, identity), and each
 * event completed across subgraphs and fanned out pre-serialized.
 */
export function createSubscriptionServer(deps: SubscriptionServerDeps): SubscriptionServer {
  const { logger } = deps;
  const options = resolveSubscriptionOptions(deps.options);
  const planner = new SubscriptionPlanner(deps.runner, options.planCacheSize, deps.limits);
  const upstream = new UpstreamClients({
    subgraphs: deps.subgraphs,
    secret: deps.secret,
    logger,
    retryAttempts: options.upstreamRetryAttempts,
    idleCloseMs: options.upstreamIdleCloseMs,
    keepAliveMs: options.keepAliveMs,
  });
  const registry = new FeedRegistry({
    upstream,
    executor: new EventExecutor(deps.runner),
    maxBufferedBytes: options.maxBufferedBytesPerConnection,
  });
  const perIdentity = new Map<string, number>();

  const endpoint = attachGraphQLWs<Record<string, unknown>, Connection>(
    { httpServer: deps.httpServer, logger, maxPayloadBytes: options.maxPayloadBytes, keepAliveMs: options.keepAliveMs },
    {
      schema: planner.apiGraphQLSchema,
      connectionInitWaitTimeout: options.connectionInitWaitTimeoutMs,
      async onConnect(ctx) {
        const conn = ctx.extra;
        let auth;
        try {
          auth = await authenticateConnection(deps.authenticate, ctx.connectionParams);
        } catch (err) {
          if (err instanceof AuthenticationError) {
            logger.info({ requestId: conn.requestId, reason: err.message }, 'refused WebSocket credentials');
            return false;
          }
          // JWKS or API key lookup unreachable: the client may retry; it is not refused.
          logger.warn({ requestId: conn.requestId, err }, 'WebSocket credentials cannot be checked right now');
          conn.socket.close(SubscriptionCloseCode.TryAgainLater, 'Credentials cannot be checked right now');
          return false;
        }
        const { identity, expiresAt } = auth;
        if (identity.kind === 'user') {
          const key = identity.userId;
          const open = perIdentity.get(key) ?? 0;
          if (open >= options.maxConnectionsPerIdentity) {
            conn.socket.close(SubscriptionCloseCode.TooManyConnections, 'Too many connections for this user');
            return false;
          }
          perIdentity.set(key, open + 1);
          conn.identityKey = key;
        }
        if (expiresAt !== undefined) {
          const close = () => conn.socket.close(SubscriptionCloseCode.Forbidden, 'Access token expired');
          conn.expiry = setTimeout(close, Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS));
          conn.expiry.unref();
        }
        conn.context = {
          identity,
          identityHeader: encodeIdentity(identity),
          requestId: conn.requestId,
          logger: logger.child({ requestId: conn.requestId }),
        };
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const conn = ctx.extra;
        // graphql-ws has already reserved this id in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerConnection) {
          return [new RateLimitedError(`At most ${options.maxSubscriptionsPerConnection} subscriptions per connection`)];
        }
        let query = payload.query;
        if (deps.persistedQueries) {
          const resolved = await resolveSubscriptionQuery(deps.persistedQueries, payload, conn.context!.identity);
          if ('error' in resolved) return [resolved.error];
          query = resolved.query;
        }
        const result = planner.prepare(query, payload.operationName ?? undefined, payload.variables);
        if (!result.ok) return result.errors;
        const variableErrors = planner.checkVariables(result.prepared, payload.variables);
        if (variableErrors.length > 0) return variableErrors;
        const ticket: SubscriptionTicket = {
          prepared: result.prepared,
          variables: payload.variables ?? {},
          context: conn.context!,
          socket: conn.socket,
          id,
        };
        return {
          schema: planner.apiGraphQLSchema,
          document: result.prepared.document,
          operationName: result.prepared.operationName ?? null,
          variableValues: ticket.variables,
          contextValue: ticket,
        };
      },
      subscribe: (args) => registry.attach(args.contextValue as SubscriptionTicket),
      onError(_ctx, _id, _payload, errors) {
        const failure = errors[0]?.originalError;
        if (errors.length === 1 && failure instanceof SubscriptionFailure) return [...failure.errors];
        return errors.map(formatLocal);
      },
      onClose(ctx) {
        const conn = ctx.extra;
        clearTimeout(conn.expiry);
        if (conn.identityKey !== undefined) {
          const left = (perIdentity.get(conn.identityKey) ?? 1) - 1;
          if (left > 0) perIdentity.set(conn.identityKey, left);
          else perIdentity.delete(conn.identityKey);
        }
      },
    },
    (socket, request) => ({ socket, request, requestId: requestIdOf(request) }),
  );

  return {
    stats: () => ({
      connections: endpoint.connections,
      subscriptions: registry.subscribers,
      feeds: registry.size,
      upstreamSubscriptions: upstream.subscriptions,
    }),
    async close() {
      await endpoint.close();
      await upstream.close();
    },
  };
}
