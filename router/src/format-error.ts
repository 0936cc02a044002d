import { unwrapResolverError } from '@apollo/server/errors';
import { maskError } from '@foodgraph/platform/graphql';
import { QueryTooComplexError } from '@foodgraph/platform/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { SubgraphTimeoutError, SubgraphUnavailableError } from './transport/subgraph-errors';
import { inputErrorField } from './input-error-field';
import { queryTooComplex, tokenLimitViolation } from './limits';
import { boundEchoes } from './limits/bounded-echo';

/**
 * The router's `formatError`: the platform's `maskError` (contract codes pass, everything
 * coded INTERNAL_SERVER_ERROR or uncoded leaves as the generic message), with one exception:
 * a subgraph timeout or outage raised by the router itself keeps its message, `reason` and
 * `serviceName`, which were written for clients; other errors lose the gateway's `serviceName`. Details of anything masked are in the logs
 * (the router's for its own failures, the subgraph's — same request id — for the subgraph's).
 */
function formatCoded(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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

export interface RouterErrorFormatterOptions {
  /**
   * Drop graphql-js' "Did you mean …?" from messages: they name types, fields and enum values
   * of the schema, which must not leak where introspection is off. @default false
   */
  hideSuggestions?: boolean;
}

// graphql-js puts its suggestions last: `… Did you mean "name"?`, `… Did you mean the enum value "PLACED"?`.
const SUGGESTION = /\s*Did you mean .*$/s;

/**
 * The router's `formatError` (see `formatCoded`), then for every error: messages never repeat
 * unbounded client input (quoted values cut, see `boundEchoes`), a variable-coercion error names
 * the input it is about in `extensions.field` (as the contract asks of every input error), and
 * suggestions go when `hideSuggestions` is set.
 */
export function createRouterErrorFormatter(
  options: RouterErrorFormatterOptions = {},
): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  return (formatted, error) => {
    const out = formatCoded(formatted, error);
    let message = boundEchoes(out.message);
    const field =
      out.extensions?.['code'] === 'BAD_USER_INPUT' && out.extensions['field'] === undefined ? inputErrorField(out.message) : undefined;
    if (options.hideSuggestions) message = message.replace(SUGGESTION, '');
    if (message === out.message && field === undefined) return out;
    return { ...out, message, ...(field === undefined ? {} : { extensions: { ...out.extensions, field } }) };
  };
}

/**
 * `error` without graphql-js' "Did you mean …?", for errors made outside Apollo's pipeline (the
 * subscription planner validates on its own), where `hideSuggestions` must hold as well.
 */
export function withoutSuggestions(error: GraphQLError): GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message) return error;
  return new GraphQLError(message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.path ? { path: error.path } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    extensions: error.extensions,
  });
}

/** `createRouterErrorFormatter()` with suggestions kept. */
export const formatRouterError = createRouterErrorFormatter();
