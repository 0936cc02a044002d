import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, maskError, MASKED_MESSAGE } from '@foodgraph/platform';
import type { GraphQLFormattedError } from 'graphql';
import { SubgraphTimeoutError, SubgraphUnavailableError } from './gateway/subgraph-errors';

/**
 * The router's `formatError`: the platform's `maskError`, then one more rule. Apollo stamps
 * INTERNAL_SERVER_ERROR on every uncoded error before formatting, and a subgraph may pass one
 * through too, so an INTERNAL_SERVER_ERROR keeps its message only when the router raised it
 * on purpose (a subgraph timeout or outage, whose message is written for clients). Everything
 * else under that code leaves as the generic message; the details are in the logs (the
 * router's for its own failures, the subgraph's — same request id — for the subgraph's).
 */
export function formatRouterError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const masked = maskError(formatted, error);
  if (masked.extensions?.['code'] !== ErrorCode.InternalServerError) return masked;
  const original = unwrapResolverError(error);
  if (original instanceof SubgraphTimeoutError || original instanceof SubgraphUnavailableError) return masked;
  return { message: MASKED_MESSAGE, ...(masked.path ? { path: masked.path } : {}), extensions: { code: ErrorCode.InternalServerError } };
}
