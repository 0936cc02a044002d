import { performance } from 'node:perf_hooks';
import { retryWithin } from '../../src/process/eventually';

/** An attempt that answers the given values one per call, then keeps answering the last one. */
function answers<T>(...values: T[]): { attempt: () => Promise<T>; calls: () => number } {
  let calls = 0;
  return {
    attempt: () => Promise.resolve(values[Math.min(calls++, values.length - 1)]),
    calls: () => calls,
  };
}

describe('retryWithin: a bounded wait for something another process is about to write', () => {
  it('answers the first settled value without waiting', async () => {
    const { attempt, calls } = answers('ready');
    const started = performance.now();
    await expect(retryWithin({ timeoutMs: 5_000, intervalMs: 1_000 }, attempt, (v) => v === 'ready')).resolves.toBe('ready');
    expect(calls()).toBe(1);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('tries again every interval until the value settles', async () => {
    const { attempt, calls } = answers('not yet', 'not yet', 'ready', 'later');
    await expect(retryWithin({ timeoutMs: 5_000, intervalMs: 20 }, attempt, (v) => v === 'ready')).resolves.toBe('ready');
    expect(calls()).toBe(3);
  });

  it('gives up after the timeout with the last value, no try starting much after the deadline', async () => {
    const started = performance.now();
    const startedAt: number[] = [];
    const attempt = () => {
      startedAt.push(performance.now() - started);
      return Promise.resolve('not yet');
    };
    await expect(retryWithin({ timeoutMs: 300, intervalMs: 50 }, attempt, (v) => v === 'ready')).resolves.toBe('not yet');
    // A try at 0 ms, then one after each 50 ms pause that ends by the deadline: at most 7.
    expect(startedAt.length).toBeGreaterThanOrEqual(2);
    expect(startedAt.length).toBeLessThanOrEqual(7);
    // It keeps trying while one more pause still ends by the deadline, so the last try comes
    // at about 250 ms at the earliest, and (timers only ever run late) not long after 300 ms.
    expect(startedAt.at(-1)).toBeGreaterThanOrEqual(240);
    expect(startedAt.at(-1)).toBeLessThan(300 + 150);
  });

  it('stops at once when an attempt throws', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new Error('database down'));
    };
    await expect(retryWithin({ timeoutMs: 5_000, intervalMs: 10 }, failing, () => false)).rejects.toThrow('database down');
    expect(calls).toBe(1);
  });

  it('tries once when the timeout is zero', async () => {
    const { attempt, calls } = answers('not yet');
    await expect(retryWithin({ timeoutMs: 0, intervalMs: 100 }, attempt, () => false)).resolves.toBe('not yet');
    expect(calls()).toBe(1);
  });
});
