import { createHash } from 'node:crypto';
import type { Identity } from '@foodgraph/platform/auth';
import { ErrorCode } from '@foodgraph/platform/errors';
import { GraphQLError } from 'graphql';
import type { PersistedQueries, ResolvedQuery } from '../persisted/persisted-queries';
import { PersistedQueryNotFoundError } from '../persisted/persisted-query-errors';

/** A subscribe request (graphql-ws payload, SSE or multipart body) as far as persisted queries are concerned. */
export interface SubscribePayloadLike {
  /** Absent or `''` when the client sent only a persisted id. */
  query?: string | null | undefined;
  extensions?: Record<string, unknown> | null | undefined;
  /** GraphQL-over-HTTP persisted documents put the id beside `query`; graphql-ws clients in `extensions`. */
  documentId?: unknown;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Applies the persisted-query rules to a subscription, as the HTTP plugin does for queries:
 * a safelisted caller (partner API key, or everyone in `safelist` mode) may subscribe only to
 * listed operations. A client may send the listed body itself (its sha256 is its id), an id
 * in `extensions.persistedQuery` / `documentId` with no (or an empty) query, or both — which
 * is what Apollo Client's persisted-query link does over `GraphQLWsLink`, since graphql-ws
 * always carries the text. Returns the query to run and, for an APQ text + hash not seen
 * before, the hash to `register` once the operation has validated; or the refusal.
 */
export async function resolveSubscriptionQuery(
  persisted: PersistedQueries,
  payload: SubscribePayloadLike,
  identity: Identity,
): Promise<ResolvedQuery | { error: GraphQLError }> {
  const extensions = payload.extensions ?? {};
  const query = typeof payload.query === 'string' && payload.query !== '' ? payload.query : undefined;
  let persistedQuery = extensions['persistedQuery'];
  const documentId = payload.documentId ?? extensions['documentId'];
  // Sending a listed body is the same as sending its id; hash it so the list can be consulted.
  if (persistedQuery === undefined && documentId === undefined && query !== undefined && persisted.isSafelisted(identity)) {
    persistedQuery = { version: 1, sha256Hash: sha256(query) };
  }
  try {
    if (query !== undefined && persistedQuery !== undefined && persistedQuery !== null) {
      // Text and hash: a listed or already registered hash wins (the list's body runs, whatever
      // printing the client's copy went through); an unknown one goes on to registration.
      try {
        const known = await persisted.resolve({ persistedQuery }, identity);
        if (known) return known;
      } catch (err) {
        if (!(err instanceof PersistedQueryNotFoundError)) throw err;
      }
    }
    const resolved = await persisted.resolve({ query, persistedQuery, documentId }, identity);
    if (resolved) return resolved;
    if (query === undefined)
      return {
        error: new GraphQLError('Send a query or a persisted id', { extensions: { code: ErrorCode.BadUserInput, field: 'query' } }),
      };
    return { query };
  } catch (err) {
    if (err instanceof GraphQLError) return { error: err };
    // The APQ store (Redis) failing: masked for the client like any unexpected error.
    return {
      error: new GraphQLError('Internal server error', {
        originalError: err as Error,
        extensions: { code: ErrorCode.InternalServerError },
      }),
    };
  }
}
