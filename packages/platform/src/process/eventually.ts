import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** How long and how often `retryWithin` tries again. */
export interface RetryWindow {
  /** The last try starts no later than this many milliseconds after the first. */
  timeoutMs: number;
  /** The pause between two tries, in milliseconds. */
  intervalMs: number;
}

/**
 * Calls `attempt` until `settled` accepts what it answered, pausing `intervalMs` between
 * tries, for at most `timeoutMs`; then answers the last value, settled or not, and the caller
 * decides what a value that never settled means (usually the refusal it would have given at
 * once). Made for a command or read that depends on another subgraph's event: the event is
 * usually a few milliseconds behind the client, so a short bounded wait turns an answer the
 * client cannot act on into the right one. An error thrown by `attempt` ends the wait at once.
 */
export async function retryWithin<T>(window: RetryWindow, attempt: () => Promise<T>, settled: (value: T) => boolean): Promise<T> {
  // A monotonic clock: a wall-clock step during the wait must neither stretch nor cut it.
  const deadline = performance.now() + window.timeoutMs;
  for (;;) {
    const value = await attempt();
    if (settled(value) || performance.now() + window.intervalMs > deadline) return value;
    await sleep(window.intervalMs);
  }
}
