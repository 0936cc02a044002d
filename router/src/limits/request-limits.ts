/**
 * Limits on one GraphQL operation, checked before anything is sent to a subgraph (HTTP and
 * WebSocket alike). An operation over any of them is refused with QUERY_TOO_COMPLEX. Every
 * limit is on by default; 0 switches one off.
 *
 * The defaults sit well above every operation this platform sends (the 66 operations of the
 * persisted-query list, the e2e suites: at most depth 7, 2 root fields, 120 tokens, cost 982,
 * no aliases or directives), the explorer's introspection query (181 tokens) and the external
 * benchmark's query (depth 8, cost 23 315, see `operation-analysis.ts` for the cost model).
 */
export interface RequestLimitOptions {
  /** Deepest field nesting (`{ a { b } }` is 2), fragments followed. @default 12 */
  maxDepth?: number;
  /** Aliased fields in the operation, fragments expanded. @default 30 */
  maxAliases?: number;
  /** Fields of the root selection (`{ a b c }` is 3), fragments expanded. @default 20 */
  maxRootFields?: number;
  /** Lexical tokens of the whole document (graphql-js' parser stops at the limit). @default 2000 */
  maxTokens?: number;
  /** Directives used in the operation, fragments expanded. @default 50 */
  maxDirectives?: number;
  /** Estimated cost (see `operation-analysis.ts`). @default 50000 */
  maxCost?: number;
  /** Assumed length of a list whose field has no size argument (`first`, `limit`…). @default 10 */
  defaultListSize?: number;
}

/** The options with defaults applied; `0` (off) becomes `Infinity`, so checks need no branch. */
export interface RequestLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxRootFields: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  readonly maxCost: number;
  readonly defaultListSize: number;
}

export const DEFAULT_REQUEST_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 2000,
  maxDirectives: 50,
  maxCost: 50_000,
  defaultListSize: 10,
} as const satisfies Required<RequestLimitOptions>;

const limit = (value: number | undefined, fallback: number): number => {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`request limits must be whole numbers of 0 or more, got ${v}`);
  return v === 0 ? Infinity : v;
};

export function resolveRequestLimits(options: RequestLimitOptions = {}): RequestLimits {
  const d = DEFAULT_REQUEST_LIMITS;
  const defaultListSize = options.defaultListSize ?? d.defaultListSize;
  if (!Number.isInteger(defaultListSize) || defaultListSize < 1)
    throw new RangeError(`defaultListSize must be 1 or more, got ${defaultListSize}`);
  return {
    maxDepth: limit(options.maxDepth, d.maxDepth),
    maxAliases: limit(options.maxAliases, d.maxAliases),
    maxRootFields: limit(options.maxRootFields, d.maxRootFields),
    maxTokens: limit(options.maxTokens, d.maxTokens),
    maxDirectives: limit(options.maxDirectives, d.maxDirectives),
    maxCost: limit(options.maxCost, d.maxCost),
    defaultListSize,
  };
}

/** True when no operation limit is on, so the router can skip the analysis entirely. */
export function operationLimitsOff(limits: RequestLimits): boolean {
  return [limits.maxDepth, limits.maxAliases, limits.maxRootFields, limits.maxDirectives, limits.maxCost].every((l) => l === Infinity);
}
