/**
 * Runs `probe` until it stops throwing and returns what it returned; after `timeoutMs` the
 * last error is rethrown. Saga steps happen asynchronously (events), so a test states what it
 * expects with `expect` inside the probe and lets this wait for it:
 *
 * ```ts
 * const order = await eventually(async () => {
 *   const o = await readOrder(sg, customer.token, id);
 *   expect(o?.status).toBe('PLACED');
 *   return o!;
 * });
 * ```
 */
export async function eventually<T>(probe: () => Promise<T> | T, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await sleep(intervalMs);
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
