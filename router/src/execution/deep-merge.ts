/*
 * Mirrors `deepMerge` of @apollo/gateway 2.14.x (`@apollo/gateway/dist/utilities/deepMerge.js`).
 */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Merges one subgraph's answer into the response being assembled, as the gateway's `deepMerge`
 * does: objects merge key by key, equal-length lists element by element, anything else is
 * replaced. A key that only exists on the prototype (`constructor`, `toString`) becomes an own
 * key first, so a field of that name is data and never the inherited function.
 */
export function deepMerge(target: Record<string, unknown>, source: unknown): void {
  if (source === undefined || source === null) return;
  const from = source as Record<string, unknown>;
  for (const key of Object.keys(from)) {
    const value = from[key];
    if (value === undefined) continue;
    if (!Object.hasOwn(target, key) && key in target) {
      Object.defineProperty(target, key, { configurable: true, enumerable: true, value: undefined, writable: true });
    }
    const existing = target[key];
    if (existing && isObject(value)) {
      deepMerge(existing as Record<string, unknown>, value);
    } else if (Array.isArray(value) && Array.isArray(existing) && value.length === existing.length) {
      for (let i = 0; i < value.length; i++) {
        const a: unknown = existing[i];
        const b: unknown = value[i];
        if (isObject(a) && isObject(b)) deepMerge(a, b);
        else existing[i] = b;
      }
    } else {
      target[key] = value;
    }
  }
}
