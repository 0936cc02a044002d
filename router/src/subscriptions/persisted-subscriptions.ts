import { createHash } from 'node:crypto';
import type { Identity } from '@foodgraph/platform/auth';
import type { GraphQLError } from 'graphql';
import type { PersistedQueries } from '../persisted/persisted-queries';

/** A graphql-ws `subscribe` payload as far as persisted queries are concerned. */
export interface SubscribePayloadLike {
  query: string;
  extensions?: Record<string, unknown> | null | undefined;
}

/**
 * Applies the persisted-query rules to a subscription, as the HTTP plugin does for queries:
 * a safelisted caller (partner API key, or everyone in `safelist` mode) may subscribe only to
 * listed operations. graphql-ws requires a `query` string, so a client may send the listed
 * body itself (its sha256 is its id), or an id in `extensions.persistedQuery`/`documentId`
 * with an empty query. Returns the query to run, or the error that refuses it.
 */
export async function resolveSubscriptionQuery(
  persisted: PersistedQueries,
  payload: SubscribePayloadLike,
  identity: Identity,
): Promise<{ query: string } | { error: GraphQLError }> {
  const extensions = payload.extensions ?? {};
  const query = payload.query === '' ? undefined : payload.query;
  let persistedQuery = extensions['persistedQuery'];
  const documentId = extensions['documentId'];
  // Sending a listed body is the same as sending its id; hash it so the list can be consulted.
  if (persistedQuery === undefined && documentId === undefined && query !== undefined && persisted.isSafelisted(identity)) {
    persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
  }
  try {
    const resolved = await persisted.resolve({ query, persistedQuery, documentId }, identity);
    return { query: resolved?.query ?? payload.query };
  } catch (err) {
    return { error: err as GraphQLError };
  }
}
