import { unwrapResolverError } from '@apollo/server/errors';
import type { SubscribePayload } from 'graphql-ws';
import { GraphQLError, parse, validate, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Server } from 'node:http';
import { ForbiddenError } from '../errors';
import type { RequestContext } from '../graphql/context';
import { contractCodeOf, maskError } from '../graphql/mask-errors';
import type { Logger } from '../logging';
import { attachGraphQLWs, type WsExtra } from './attach-graphql-ws';
import { verifyConnectionInit, verifySubscribe } from './subscription-signature';

/** Options of `serveSubgraphSubscriptions`. */
export interface SubgraphSubscriptionsOptions<Ctx extends RequestContext> {
  name: string;
  httpServer: Server;
  schema: GraphQLSchema;
  routerSecret: string;
  logger: Logger;
  /** The same context factory as for HTTP requests. */
  createContext(base: RequestContext): Ctx | Promise<Ctx>;
  /** Refuse a connection that sent no `connection_init` within this many ms (4408). @default 3000 */
  connectionInitWaitTimeoutMs?: number;
  /** @default 1 MiB (the router multiplexes many subscriptions over one connection) */
  maxPayloadBytes?: number;
}

/** A subgraph's graphql-ws endpoint, with counters for readiness checks and tests. */
export interface SubgraphSubscriptions {
  /** Open router connections. */
  readonly connections: number;
  /** Subscriptions currently running. */
  readonly subscriptions: number;
  close(): Promise<void>;
}

function format(error: GraphQLError, logger: Logger): GraphQLFormattedError {
  const formatted = maskError(error.toJSON(), error);
  if (contractCodeOf(error.toJSON()) === undefined)
    logger.error({ err: unwrapResolverError(error), path: error.path }, 'internal error (masked for the client)');
  return formatted;
}

/**
 * graphql-ws on the subgraph's `/graphql`, for the router only. The router proves itself in
 * `connection_init` (a signature made with the shared secret; anything else → 4403) and
 * signs every subscribe message with the caller's identity; the resolvers get the same
 * `RequestContext` as over HTTP. Errors are masked exactly as over HTTP.
 */
export function serveSubgraphSubscriptions<Ctx extends RequestContext>(opts: SubgraphSubscriptionsOptions<Ctx>): SubgraphSubscriptions {
  const { logger, schema } = opts;
  let running = 0;
  const documents = new Map<string, DocumentNode>();

  const endpoint = attachGraphQLWs<Record<string, unknown>, WsExtra>(
    { httpServer: opts.httpServer, logger, maxPayloadBytes: opts.maxPayloadBytes ?? 1024 * 1024 },
    {
      schema,
      connectionInitWaitTimeout: opts.connectionInitWaitTimeoutMs ?? 3_000,
      onConnect(ctx) {
        const check = verifyConnectionInit(opts.routerSecret, ctx.connectionParams);
        if (check.ok) return true;
        logger.warn(
          { reason: check.reason, remote: ctx.extra.request.socket.remoteAddress },
          'refused a WebSocket the router did not sign',
        );
        return false;
      },
      async onSubscribe(_ctx, _id, payload: SubscribePayload) {
        const check = verifySubscribe(opts.routerSecret, payload);
        if (!check.ok) return [new ForbiddenError('This service only accepts subscriptions from the foodgraph router')];
        let document = documents.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query);
          } catch (err) {
            return [err instanceof GraphQLError ? err : new GraphQLError(String(err))];
          }
          const errors = validate(schema, document);
          if (errors.length > 0) return errors;
          // The router sends the same few planned operations over and over.
          if (documents.size < 500) documents.set(payload.query, document);
        }
        const { identity, requestId } = check;
        const contextValue = await opts.createContext({ identity, requestId, logger: logger.child({ requestId }) });
        return {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
          contextValue,
        };
      },
      onOperation() {
        running++;
      },
      onComplete() {
        running--;
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return result;
        return { ...result, errors: result.errors.map((e) => format(e, logger)) };
      },
      onError(_ctx, _id, _payload, errors) {
        return errors.map((e) => format(e, logger));
      },
    },
    (socket, request) => ({ socket, request }),
  );

  return {
    get connections() {
      return endpoint.connections;
    },
    get subscriptions() {
      return running;
    },
    close: () => endpoint.close(),
  };
}
