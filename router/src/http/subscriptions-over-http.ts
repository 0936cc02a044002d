import { ErrorCode, RateLimitedError } from '@foodgraph/platform/errors';
import type { Logger } from '@foodgraph/platform/logging';
import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouterContext } from '../context';
import { expiryOf, formatSubscriptionError, type SubscribeRequest, type SubscriptionEngine } from '../subscriptions';
import { endMultipart, multipartOutlet, startMultipart } from './serve-multipart';
import { refusalEvents, serveSse, SseEvents } from './serve-sse';

/**
 * Serves `/graphql` subscriptions over HTTP when the client asks for a stream, after
 * `handleGraphQL` has read the body and verified the credentials. Resolves `false` when the
 * request is not one for it (no stream asked for, or a query or mutation): Apollo answers it.
 */
export type ServeSubscriptionOverHttp = (
  req: IncomingMessage,
  res: ServerResponse,
  body: unknown,
  context: RouterContext,
) => Promise<boolean>;

type Transport = 'sse' | 'multipart';

const MAX_TIMER_MS = 2 ** 31 - 1;

/** graphql-sse asks for `text/event-stream`; Apollo Client for multipart with `subscriptionSpec`. */
function transportOf(accept: string | undefined): Transport | undefined {
  if (!accept) return undefined;
  for (const range of accept.split(',')) {
    const [type = '', ...params] = range.split(';').map((p) => p.trim().toLowerCase());
    if (type === 'text/event-stream') return 'sse';
    if (type === 'multipart/mixed' && params.some((p) => p.startsWith('subscriptionspec='))) return 'multipart';
  }
  return undefined;
}

function jsonParam(value: string | null): unknown {
  if (value === null) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request's GraphQL parameters (GET query string or JSON body); undefined when malformed (Apollo explains). */
function subscribeRequestOf(req: IncomingMessage, body: unknown): SubscribeRequest | undefined {
  let raw: Record<string, unknown>;
  if (req.method === 'GET') {
    const search = new URL(req.url ?? '/', 'http://router').searchParams;
    raw = {
      query: search.get('query') ?? undefined,
      operationName: search.get('operationName') ?? undefined,
      variables: jsonParam(search.get('variables')),
      extensions: jsonParam(search.get('extensions')),
      documentId: search.get('documentId') ?? undefined,
    };
  } else if (req.method === 'POST' && isRecord(body)) raw = body;
  else return undefined;
  const { query, operationName, variables, extensions, documentId } = raw;
  if (query !== undefined && query !== null && typeof query !== 'string') return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  if (extensions !== undefined && extensions !== null && !isRecord(extensions)) return undefined;
  return { query, operationName, variables, extensions, documentId };
}

/**
 * GraphQL subscriptions over HTTP on `/graphql` — SSE (the graphql-sse protocol, distinct
 * connections mode) and Apollo's multipart subscriptions — through the same engine as
 * graphql-ws: the same persisted-query rules, request limits, planning, deduplicated feeds,
 * per-user connection limit (each stream counts as a connection), token expiry and disabled accounts.
 */
export function createSubscriptionsOverHttp(engine: SubscriptionEngine, logger: Logger): ServeSubscriptionOverHttp {
  const maxBuffered = engine.options.maxBufferedBytesPerConnection;

  return async (req, res, body, context) => {
    const transport = transportOf(req.headers.accept);
    if (!transport) return false;
    const request = subscribeRequestOf(req, body);
    if (!request) return false;
    const admitted = await engine.admit(request, context.identity);
    if (!admitted.ok && admitted.notSubscription) return false;

    const release = admitted.ok ? engine.claimConnection(context.identity) : undefined;
    if (!admitted.ok || !release) {
      const refusal = admitted.ok
        ? [formatSubscriptionError(new RateLimitedError('Too many subscriptions open for this user'))]
        : admitted.errors.map(formatSubscriptionError);
      if (transport === 'sse') await serveSse(req, res, request, refusalEvents(refusal));
      else {
        startMultipart(res);
        endMultipart(res, refusal, false);
      }
      return true;
    }

    // The stream's life: attached now, detached when the response closes (either side).
    const sse = transport === 'sse' ? new SseEvents(maxBuffered, () => res.destroy()) : undefined;
    if (!sse) startMultipart(res);
    const subscriber = engine.attach(admitted, context, sse ?? multipartOutlet(res, maxBuffered));
    if (sse) sse.subscriber = subscriber;
    const expiresAt = context.identity.kind !== 'anonymous' ? expiryOf(req.headers.authorization) : undefined;
    const expiry =
      expiresAt === undefined
        ? undefined
        : setTimeout(
            () =>
              subscriber.fail([
                formatSubscriptionError(new GraphQLError('Access token expired', { extensions: { code: ErrorCode.Unauthenticated } })),
              ]),
            Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMER_MS),
          );
    expiry?.unref();
    const unwatch = engine.accounts.watch(context.identity, () =>
      subscriber.fail([
        formatSubscriptionError(new GraphQLError('This account is disabled', { extensions: { code: ErrorCode.Forbidden } })),
      ]),
    );
    // At shutdown the response is cut, not completed: clients reconnect to another replica.
    const untrack = engine.trackStream(() => res.destroy());
    res.once('close', () => {
      clearTimeout(expiry);
      unwatch();
      untrack();
      release();
      void subscriber.return();
    });
    logger.debug({ requestId: context.requestId, transport, operationName: admitted.prepared.operationName }, 'subscription over HTTP');
    if (sse) await serveSse(req, res, request, sse, (bytes) => (sse.pendingBytes = Math.max(0, sse.pendingBytes - bytes)));
    return true;
  };
}
