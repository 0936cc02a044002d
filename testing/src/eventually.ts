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

/**
 * Polls `probe` until it returns something truthy and returns that; fails after `timeoutMs`
 * naming `what` it waited for. For conditions a test reads (rows, recorded events) rather than
 * asserts, so the failure says what never happened.
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
