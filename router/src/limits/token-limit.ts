import { GraphQLError } from 'graphql';
import type { LimitViolation } from './limit-violation';

/**
 * graphql-js' own refusal when `parse(…, { maxTokens })` reaches the limit ("more that" is
 * its spelling in 16.x; both are accepted). Counting while parsing costs nothing extra, and
 * the parser stops right there instead of building a huge AST first.
 */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens\. Parsing aborted\.$/;

/**
 * The token-limit violation behind a parse error, if that is what it is. Apollo wraps the
 * parser's error (code GRAPHQL_PARSE_FAILED) and keeps it as `originalError`.
 */
export function tokenLimitViolation(error: unknown): LimitViolation | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const match = TOKEN_LIMIT.exec(error.message) ?? TOKEN_LIMIT.exec(error.originalError?.message ?? '');
  return match ? { limit: 'tokens', value: undefined, max: Number(match[1]) } : undefined;
}
