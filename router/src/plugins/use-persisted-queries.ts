import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { Logger } from '@foodgraph/platform/logging';
import { GraphQLError } from 'graphql';
import type { RouterContext } from '../context';
import type { RouterMetrics } from '../metrics/router-metrics';
import { PersistedQueryNotFoundError } from '../persisted/persisted-query-errors';
import type { PersistedQueries, PersistedQueryRequest } from '../persisted/persisted-queries';

/**
 * `documentId` is not part of Apollo's request shape; it stays in the raw body or query string.
 * Relay's persisted queries send the same id as `doc_id` (`{"doc_id": "<id>", "variables": …}`),
 * so that spelling is read too and held to the same rules.
 */
function documentIdOf(request: GraphQLRequest): unknown {
  const http = request.http;
  if (!http) return undefined;
  if (http.method === 'GET') {
    const params = new URLSearchParams(http.search);
    return params.get('documentId') ?? params.get('doc_id') ?? undefined;
  }
  const body = http.body as Record<string, unknown> | undefined;
  if (typeof body !== 'object' || body === null) return undefined;
  return body['documentId'] ?? body['doc_id'];
}

/**
 * A document that parses and validates against any schema. A refused request runs through
 * Apollo's pipeline with it so the refusal can be raised from `didResolveOperation`: errors
 * thrown there become a normal error response (with the error's HTTP status), whereas an error
 * thrown from `requestDidStart` would be masked as an unexpected 500.
 */
const PLACEHOLDER = '{ __typename }';

/**
 * Persisted queries in front of Apollo's pipeline (Apollo's own APQ is switched off): before
 * the source is read, the request's query becomes the listed body, the APQ hit, or stays the
 * free-form query — or the request is refused with a coded error. A query sent with its hash
 * is registered once it has validated and passed the request limits, so the cache never holds
 * a document that cannot run.
 */
export function usePersistedQueries(pq: PersistedQueries, logger: Logger, metrics?: RouterMetrics): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      const { persistedQuery, ...extensions } = request.extensions ?? {};
      const asked: PersistedQueryRequest = { query: request.query, persistedQuery, documentId: documentIdOf(request) };
      let resolved;
      try {
        resolved = await pq.resolve(asked, contextValue.identity);
      } catch (err) {
        if (!(err instanceof GraphQLError)) throw err;
        // Not found is APQ's "send the text": a miss, which the client answers by registering.
        metrics?.persistedQuery(err instanceof PersistedQueryNotFoundError ? 'miss' : 'refused');
        request.query = PLACEHOLDER;
        request.operationName = undefined;
        request.variables = undefined;
        request.extensions = extensions;
        return {
          async didResolveOperation() {
            throw err;
          },
        };
      }
      if (!resolved) return;
      if (resolved.hit) metrics?.persistedQuery('hit');
      else if (resolved.register !== undefined) metrics?.persistedQuery('registered');
      request.query = resolved.query;
      request.extensions = extensions;
      const hash = resolved.register;
      if (hash === undefined) return;
      const query = resolved.query;
      return {
        // Not in didResolveOperation: Apollo runs every plugin's hook there even when another
        // (the request limits) refuses the operation; execution starts only once none did.
        async executionDidStart() {
          await pq.register(hash, query).catch((err: unknown) => logger.warn({ err }, 'could not register a persisted query'));
        },
      };
    },
  };
}
