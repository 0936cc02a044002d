import { unwrapResolverError } from '@apollo/server/errors';
import { maskError } from '@foodgraph/platform/graphql';
import { QueryTooComplexError } from '@foodgraph/platform/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { SubgraphTimeoutError, SubgraphUnavailableError } from './transport/subgraph-errors';
import { queryTooComplex, tokenLimitViolation } from './limits';

/**
 * The router's `formatError`: the platform's `maskError` (contract codes pass, everything
 * coded INTERNAL_SERVER_ERROR or uncoded leaves as the generic message), with one exception:
 * a subgraph timeout or outage raised by the router itself keeps its message, `reason` and
 * `serviceName`, which were written for clients; other errors lose the gateway's `serviceName`. Details of anything masked are in the logs
 * (the router's for its own failures, the subgraph's — same request id — for the subgraph's).
 */
export function formatRouterError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // graphql-js stops parsing at the token limit with a syntax error; to the client it is a
  // request limit like the others, not a malformed query.
  const tokens = tokenLimitViolation(error);
  if (tokens) return queryTooComplex(tokens).toJSON();
  // A directive-limit refusal that stands in for a document's validation errors: Apollo wrapped
  // it as a validation error (GRAPHQL_VALIDATION_FAILED); it is the limit's refusal.
  if (error instanceof GraphQLError && error.originalError instanceof QueryTooComplexError) {
    const { http: _head, ...extensions } = error.originalError.extensions;
    void _head;
    return { message: error.originalError.message, extensions };
  }
  const original = unwrapResolverError(error);
  if (original instanceof SubgraphTimeoutError || original instanceof SubgraphUnavailableError) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    void _drop;
    return { ...formatted, extensions };
  }
  // The gateway stamps `serviceName` on every subgraph error; internal service names are not
  // part of the public API, so they go (the router's own subgraph errors above keep theirs).
  const masked = maskError(formatted, error);
  if (masked.extensions?.['serviceName'] === undefined) return masked;
  const { serviceName: _internal, ...extensions } = masked.extensions;
  void _internal;
  return { ...masked, extensions };
}
