import type { RequestContext } from '@foodgraph/platform/graphql';
import type { Context } from '@opentelemetry/api';

/**
 * The router's per-request context: the platform's `RequestContext` (verified identity,
 * request id, a logger stamped with it) plus the identity already encoded for the signed
 * subgraph header, so a query plan with many fetches encodes it once.
 */
export interface RouterContext extends RequestContext {
  identityHeader: string;
  /**
   * The span the request's next spans hang under (its request span, then its plan's `execute`),
   * when the router traces the request. Passed along here rather than through an async context:
   * the router has the request in hand everywhere, and sparing it AsyncLocalStorage's promise
   * hooks is most of what tracing would otherwise cost it.
   */
  traceContext?: Context | undefined;
}
