/** A random UUID; `crypto.randomUUID` exists only in secure contexts, so fall back to getRandomValues. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * placeOrder's idempotencyKey: the same request sent again (a retry after a lost answer, a
 * double click) keeps its key, so the API returns the one order; a changed request gets a new
 * key, because the API refuses one key for two different orders (CONFLICT).
 */
export class IdempotencyKeys {
  private last: { request: string; key: string } | null = null;

  keyFor(request: unknown): string {
    const body = JSON.stringify(request);
    if (this.last?.request !== body) this.last = { request: body, key: uuid() };
    return this.last.key;
  }
}
