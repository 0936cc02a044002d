/** A cache hint as Apollo Server's cache policy takes it. */
export interface CacheHint {
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** The part of Apollo Server's overall cache policy a subgraph answer may tighten. */
export interface RestrictablePolicy {
  restrict(hint: CacheHint): void;
}

/** `overallCachePolicy` when the request has one that can be restricted. */
export function restrictablePolicy(policy: unknown): RestrictablePolicy | undefined {
  return typeof policy === 'object' && policy !== null && typeof (policy as { restrict?: unknown }).restrict === 'function'
    ? (policy as RestrictablePolicy)
    : undefined;
}

/**
 * The hint a subgraph's `Cache-Control` header gives, read as `@apollo/gateway`'s own data
 * source reads it: `max-age` (0 unless a plain number), then `private`, then `public` (bare
 * directives) as the scope. The router's answer is only as cacheable as its least cacheable
 * subgraph answer.
 */
export function cacheHintOf(header: string | undefined): CacheHint {
  const directives = new Map<string, string | true>();
  for (const part of header?.trim().split(/\s*,\s*/) ?? []) {
    if (!part) continue;
    const [name = '', value] = part.split(/\s*=\s*/, 2);
    directives.set(name, value === undefined ? true : value.replace(/^"|"$/g, ''));
  }
  const hint: CacheHint = { maxAge: 0 };
  const maxAge = directives.get('max-age');
  if (typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge)) hint.maxAge = Number(maxAge);
  if (directives.get('private') === true) hint.scope = 'PRIVATE';
  if (directives.get('public') === true) hint.scope = 'PUBLIC';
  return hint;
}
