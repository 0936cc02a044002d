import { ErrorCode } from '@foodgraph/platform/errors';
import { GraphQLError } from 'graphql';

/**
 * Why a subgraph fetch failed, in `extensions.reason`. The code stays INTERNAL_SERVER_ERROR (the
 * contract has no other code for "the platform failed you"); the reason lets clients and
 * dashboards tell a slow subgraph from a missing one.
 */
export const SubgraphFailure = {
  Timeout: 'SUBGRAPH_TIMEOUT',
  Unavailable: 'SUBGRAPH_UNAVAILABLE',
} as const;

/** The subgraph did not answer within its deadline. */
export class SubgraphTimeoutError extends GraphQLError {
  constructor(serviceName: string, timeoutMs: number) {
    super(`The ${serviceName} service did not answer within ${timeoutMs} ms`, {
      extensions: { code: ErrorCode.InternalServerError, reason: SubgraphFailure.Timeout, serviceName },
    });
  }
}

/** The subgraph could not be reached (connection refused, reset, DNS…). */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(serviceName: string, cause: unknown) {
    super(`The ${serviceName} service is unavailable`, {
      extensions: { code: ErrorCode.InternalServerError, reason: SubgraphFailure.Unavailable, serviceName },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}
