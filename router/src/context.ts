import type { RequestContext } from '@foodgraph/platform/graphql';

/**
 * The router's per-request context: the platform's `RequestContext` (verified identity,
 * request id, a logger stamped with it) plus the identity already encoded for the signed
 * subgraph header, so a query plan with many fetches encodes it once.
 */
export interface RouterContext extends RequestContext {
  identityHeader: string;
}
