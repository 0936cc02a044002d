import { encodeIdentity } from '@foodgraph/platform/auth';
import { RateLimitedError } from '@foodgraph/platform/errors';
import { attachGraphQLWs, type WsExtra } from '@foodgraph/platform/subscriptions';
import type { JSONMessageReviver } from 'graphql-ws';
import type { Server } from 'node:http';
import type { Authenticate } from '../auth/authenticate';
import { AuthenticationError } from '../auth/authentication-error';
import type { RouterContext } from '../context';
import type { RouterMetrics } from '../metrics/router-metrics';
import { requestIdOf } from '../http/request-id';
import { SubscriptionCloseCode } from './close-codes';
import { authenticateConnection } from './connection-auth';
import { SubscriptionFailure } from './feed-subscriber';
import { formatSubscriptionError, SubscriptionEngine, type SubscriptionEngineDeps } from './subscription-engine';
import { webSocketOutlet } from './web-socket-outlet';

/** What `createSubscriptionServer` needs from the router. */
export interface SubscriptionServerDeps extends SubscriptionEngineDeps {
  httpServer: Server;
  /** The router's HTTP authenticator, reused for `connection_init` credentials. */
  authenticate: Authenticate;
  /** Counts refused subscribes (request limits, per-connection and per-identity limits). */
  metrics?: RouterMetrics | undefined;
}

/** Counters of the subscription engine (for tests, metrics and the bench). */
export interface SubscriptionStats {
  /** Open WebSocket connections. */
  connections: number;
  /** Open SSE and multipart responses. */
  httpStreams: number;
  /** Client subscriptions running, over every transport. */
  subscriptions: number;
  /** Distinct (deduplicated) subscriptions, each with one upstream subscription. */
  feeds: number;
  upstreamSubscriptions: number;
}

export interface SubscriptionServer {
  /** The engine behind graphql-ws, which the HTTP transports (SSE, multipart) share. */
  readonly engine: SubscriptionEngine;
  stats(): SubscriptionStats;
  /** Closes client connections (1001) and HTTP streams, then the upstream connections. */
  close(): Promise<void>;
}

interface Connection extends WsExtra {
  requestId: string;
  context?: RouterContext;
  /** Gives back this connection's place under `maxConnectionsPerIdentity`. */
  release?: () => void;
  expiry?: NodeJS.Timeout;
  /** Stops watching this connection's account (see `AccountWatch`). */
  unwatch?: () => void;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * graphql-ws requires `payload.query` to be a string and closes the socket (4400) otherwise.
 * A subscribe carrying only a persisted id (`extensions.persistedQuery` or `documentId`) is a
 * valid request for us: it gets `query: ""` before graphql-ws validates the message, and the
 * persisted-query rules resolve it in `onSubscribe`.
 */
export const acceptPersistedIdOnly: JSONMessageReviver = (key, value: unknown) => {
  if (key !== '' || typeof value !== 'object' || value === null) return value;
  const message = value as { type?: unknown; payload?: unknown };
  if (message.type !== 'subscribe' || typeof message.payload !== 'object' || message.payload === null) return value;
  const payload = message.payload as { query?: unknown; extensions?: unknown; documentId?: unknown };
  const extensions = (typeof payload.extensions === 'object' ? payload.extensions : null) as Record<string, unknown> | null;
  const hasId =
    payload.documentId !== undefined || extensions?.['persistedQuery'] !== undefined || extensions?.['documentId'] !== undefined;
  if (hasId && (payload.query === undefined || payload.query === null)) payload.query = '';
  return value;
};

/**
 * Federated subscriptions on the router's `/graphql` over graphql-ws (same port as HTTP):
 * connection auth from `connection_init`, then the shared `SubscriptionEngine` — validation and
 * planning before anything goes upstream, one deduplicated upstream subscription per distinct
 * (operation, variables, identity), each event completed across subgraphs and fanned out
 * pre-serialized.
 */
export function createSubscriptionServer(deps: SubscriptionServerDeps): SubscriptionServer {
  const { logger } = deps;
  const engine = new SubscriptionEngine(deps);
  const { options } = engine;

  const endpoint = attachGraphQLWs<Record<string, unknown>, Connection>(
    { httpServer: deps.httpServer, logger, maxPayloadBytes: options.maxPayloadBytes, keepAliveMs: options.keepAliveMs },
    {
      schema: engine.planner.apiGraphQLSchema,
      connectionInitWaitTimeout: options.connectionInitWaitTimeoutMs,
      jsonMessageReviver: acceptPersistedIdOnly,
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
        const release = engine.claimConnection(identity);
        if (!release) {
          deps.metrics?.rateLimitRefused('subscriptions');
          conn.socket.close(SubscriptionCloseCode.TooManyConnections, 'Too many connections for this user');
          return false;
        }
        conn.release = release;
        if (expiresAt !== undefined) {
          const close = () => conn.socket.close(SubscriptionCloseCode.Forbidden, 'Access token expired');
          conn.expiry = setTimeout(close, Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS));
          conn.expiry.unref();
        }
        conn.unwatch = engine.accounts.watch(identity, () =>
          conn.socket.close(SubscriptionCloseCode.Forbidden, 'This account is disabled'),
        );
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
          deps.metrics?.rateLimitRefused('subscriptions');
          return [new RateLimitedError(`At most ${options.maxSubscriptionsPerConnection} subscriptions per connection`)];
        }
        const context = conn.context!;
        const admitted = await engine.admit(payload, context.identity);
        if (!admitted.ok) {
          deps.metrics?.countRefusals(admitted.errors, 'subscriptions');
          return admitted.errors;
        }
        const outlet = webSocketOutlet(conn.socket, id, options.maxBufferedBytesPerConnection);
        return {
          schema: engine.planner.apiGraphQLSchema,
          document: admitted.prepared.document,
          operationName: admitted.prepared.operationName ?? null,
          variableValues: admitted.variables,
          contextValue: () => engine.attach(admitted, context, outlet),
        };
      },
      subscribe: (args) => (args.contextValue as () => ReturnType<SubscriptionEngine['attach']>)(),
      onError(_ctx, _id, _payload, errors) {
        const failure = errors[0]?.originalError;
        if (errors.length === 1 && failure instanceof SubscriptionFailure) return [...failure.errors];
        return errors.map(formatSubscriptionError);
      },
      onClose(ctx) {
        const conn = ctx.extra;
        clearTimeout(conn.expiry);
        conn.unwatch?.();
        conn.release?.();
      },
    },
    (socket, request) => ({ socket, request, requestId: requestIdOf(request) }),
  );

  return {
    engine,
    stats: () => ({
      connections: endpoint.connections,
      httpStreams: engine.httpStreams,
      subscriptions: engine.registry.subscribers,
      feeds: engine.registry.size,
      upstreamSubscriptions: engine.upstream.subscriptions,
    }),
    async close() {
      await endpoint.close();
      await engine.close();
    },
  };
}
