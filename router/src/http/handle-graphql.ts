import { HeaderMap, type ApolloServer } from '@apollo/server';
import { encodeIdentity } from '@foodgraph/platform/auth';
import { ErrorCode, RateLimitedError } from '@foodgraph/platform/errors';
import { BodyTooLargeError, readBody, sendJson } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import { trace, type Context } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiKeysUnavailableError } from '../auth/api-keys';
import type { Authenticate } from '../auth/authenticate';
import type { ClientAddressOf } from '../auth/client-address';
import { AuthenticationError, NotPermittedError } from '../auth/authentication-error';
import { JwksUnavailableError } from '../auth/jwks-key-store';
import { KnownUsersUnavailableError } from '../auth/known-users';
import type { RouterContext } from '../context';
import type { RouterMetrics } from '../metrics/router-metrics';
import { BODY_LIMIT_LABEL } from '../metrics/refusal-labels';
import { graphqlMediaTypeFor } from './graphql-media-type';
import type { ServeSubscriptionOverHttp } from './subscriptions-over-http';

export interface GraphQLHandlerDeps {
  apollo: ApolloServer<RouterContext>;
  authenticate: Authenticate;
  logger: Logger;
  maxBodyBytes: number;
  /** Subscriptions over SSE and multipart (see `createSubscriptionsOverHttp`); none when subscriptions are off. */
  subscriptionsOverHttp?: ServeSubscriptionOverHttp | undefined;
  /** The client's address, signed into subgraph requests for per-address rate limits. */
  clientAddressOf?: ClientAddressOf | undefined;
  /** Counts refusals that happen before GraphQL runs (body size, API-key rate limit). */
  metrics?: RouterMetrics | undefined;
}

/** Thrown for a request that is refused before GraphQL runs. */
class RefusedRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The POST body as Apollo wants it: parsed JSON for JSON content types, else left out. */
async function readGraphQLBody(req: IncomingMessage, maxBodyBytes: number): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  let bytes: Buffer;
  try {
    bytes = await readBody(req, maxBodyBytes);
  } catch (err) {
    // A request limit like depth or cost, so the same code; 413 tells HTTP clients and proxies why.
    if (err instanceof BodyTooLargeError)
      throw new RefusedRequest(413, ErrorCode.QueryTooComplex, `Request body is larger than the limit of ${maxBodyBytes} bytes`);
    throw err;
  }
  // Without a JSON content type there is nothing to parse: Apollo then answers 400 (or its
  // CSRF check does, for the "simple" types a browser form could send cross-site).
  if (bytes.length === 0 || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new RefusedRequest(400, ErrorCode.BadUserInput, 'The request body is not valid JSON');
  }
}

async function identityOf(req: IncomingMessage, authenticate: Authenticate) {
  try {
    return await authenticate(req);
  } catch (err) {
    if (err instanceof NotPermittedError) throw new RefusedRequest(403, ErrorCode.Forbidden, err.message);
    if (err instanceof AuthenticationError) {
      throw new RefusedRequest(401, ErrorCode.Unauthenticated, err.message, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
    if (err instanceof RateLimitedError) {
      const retryAfter = err.extensions['retryAfter'];
      throw new RefusedRequest(429, ErrorCode.RateLimited, err.message, { 'retry-after': String(retryAfter) }, { retryAfter });
    }
    if (err instanceof JwksUnavailableError || err instanceof ApiKeysUnavailableError || err instanceof KnownUsersUnavailableError) {
      throw new RefusedRequest(503, ErrorCode.InternalServerError, 'Credentials cannot be checked right now; try again shortly', {
        'retry-after': '2',
      });
    }
    throw err;
  }
}

/**
 * `/graphql` over HTTP: body (size-limited) → credentials → Apollo. Failures before GraphQL
 * runs still answer with a GraphQL-shaped error body and a contract code.
 */
export async function handleGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  requestId: string,
  deps: GraphQLHandlerDeps,
  traceContext?: Context,
): Promise<void> {
  let body: unknown;
  let context: RouterContext;
  try {
    body = await readGraphQLBody(req, deps.maxBodyBytes);
    const identity = await identityOf(req, deps.authenticate);
    context = {
      identity,
      identityHeader: encodeIdentity(identity),
      requestId,
      // The router keeps no async context (see RouterContext.traceContext), so its request
      // logger names the trace itself.
      logger: deps.logger.child(traceContext ? { requestId, ...logFieldsOf(traceContext) } : { requestId }),
      clientAddress: deps.clientAddressOf?.(req),
      startedAt: performance.now(),
      traceContext,
    };
  } catch (err) {
    if (!(err instanceof RefusedRequest)) throw err;
    if (err.status === 401) deps.logger.info({ requestId, reason: err.message }, 'refused credentials');
    if (err.status === 413) deps.metrics?.limitRefused(BODY_LIMIT_LABEL);
    if (err.status === 429) deps.metrics?.rateLimitRefused('api_key');
    sendJson(
      res,
      err.status,
      { errors: [{ message: err.message, extensions: { code: err.code, ...err.extensions } }] },
      {
        ...err.headers,
        'content-type': graphqlMediaTypeFor(req),
      },
    );
    return;
  }
  if (await deps.subscriptionsOverHttp?.(req, res, body, context)) return;

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const result = await deps.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: q < 0 ? '' : url.slice(q + 1), body },
    context: async () => context,
  });

  for (const [name, value] of result.headers) res.setHeader(name, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    // Encoded once: measuring the string for content-length and then writing it would walk a
    // large response twice (byteLength, then the encoding inside write).
    const bytes = Buffer.from(result.body.string, 'utf8');
    res.setHeader('content-length', bytes.length);
    res.end(bytes);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** `trace_id`/`span_id` of the request's span, the fields the platform's log lines use. */
function logFieldsOf(traceContext: Context): Record<string, string> {
  const ids = trace.getSpanContext(traceContext);
  return ids ? { trace_id: ids.traceId, span_id: ids.spanId } : {};
}
