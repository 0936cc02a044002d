import { HeaderMap } from '@apollo/server';
import { QueryTooComplexError } from '@foodgraph/platform/errors';
import type { GraphQLError } from 'graphql';

/** Which request limit an operation went over (`extensions.limit` of the refusal). */
export type LimitName = 'depth' | 'aliases' | 'rootFields' | 'tokens' | 'directives' | 'cost';

const WHAT: Record<LimitName, string> = {
  depth: 'Query depth',
  aliases: 'Query alias count',
  rootFields: 'Query root field count',
  tokens: 'Query token count',
  directives: 'Query directive count',
  cost: 'Query cost',
};

/** One limit exceeded. `value` is undefined for tokens: the parser stops counting at the limit. */
export interface LimitViolation {
  readonly limit: LimitName;
  readonly value: number | undefined;
  readonly max: number;
}

function message({ limit, value, max }: LimitViolation): string {
  if (value === undefined) return `${WHAT[limit]} exceeds the limit of ${max}`;
  // Cost can be astronomically large (nested lists); say so rather than print 1e+21.
  const shown = Number.isSafeInteger(value) ? String(value) : `over ${Number.MAX_SAFE_INTEGER}`;
  return `${WHAT[limit]} ${shown} exceeds the limit of ${max}`;
}

/**
 * The refusal sent to the client, QUERY_TOO_COMPLEX. `http` adds the status Apollo reads from
 * `extensions.http` (and strips before the client sees it): 400, since resending the same
 * operation can never succeed.
 */
export function queryTooComplex(violation: LimitViolation, { http = false } = {}): GraphQLError {
  const { limit, value, max } = violation;
  const extensions = {
    limit,
    max,
    ...(value !== undefined && Number.isSafeInteger(value) ? { value } : {}),
    ...(http ? { http: { status: 400, headers: new HeaderMap() } } : {}),
  };
  return new QueryTooComplexError(message(violation), extensions);
}
