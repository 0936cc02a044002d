import { OTHER_LABEL } from '@foodgraph/platform/metrics';
import type { LimitName } from '../limits/limit-violation';

/** The body-size limit (`ROUTER_MAX_BODY_BYTES`), refused before GraphQL with 413. */
export const BODY_LIMIT_LABEL = 'bodyBytes';

const LIMITS: ReadonlySet<string> = new Set<LimitName | typeof BODY_LIMIT_LABEL>([
  'depth',
  'aliases',
  'rootFields',
  'tokens',
  'directives',
  'cost',
  BODY_LIMIT_LABEL,
]);

/**
 * The `limit` label of a QUERY_TOO_COMPLEX refusal: its `extensions.limit` when it is one of
 * the router's limits, else `other` (an error from elsewhere must not mint label values).
 */
export function refusalLimitLabel(limit: unknown): string {
  return typeof limit === 'string' && LIMITS.has(limit) ? limit : OTHER_LABEL;
}
