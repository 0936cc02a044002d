import { RateLimitedError } from '@foodgraph/platform/errors';

/**
 * At most `concurrency` password derivations at a time, the rest waiting in arrival order for
 * at most `maxWaitMs`. scrypt is deliberately costly (32 MiB and tens of milliseconds of CPU
 * each) and runs on libuv's thread pool, which file, DNS and other crypto work share: a burst
 * of sign-ups queued there unbounded would hold that pool for its whole length and answer
 * nothing until the router's subgraph deadline has passed for most of them. Bounded, the first
 * callers finish at full speed and the thread pool keeps room; one that would wait longer than
 * `maxWaitMs` is answered RATE_LIMITED at once, with `retryAfter` from the queue's pace, instead
 * of a timeout.
 */
export class HashSlots {
  private running = 0;
  private readonly waiting: { start: () => void; timer: NodeJS.Timeout }[] = [];
  /** Moving average of one derivation, in ms, for the `retryAfter` estimate. */
  private averageMs = 100;

  constructor(
    private readonly concurrency: number,
    private readonly maxWaitMs: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await this.turn();
    this.running++;
    const started = Date.now();
    try {
      return await work();
    } finally {
      this.averageMs = this.averageMs * 0.8 + (Date.now() - started) * 0.2;
      this.running--;
      this.waiting.shift()?.start();
    }
  }

  private turn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const entry = {
        start: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          const drainSeconds = Math.ceil(((this.waiting.length + this.concurrency) * this.averageMs) / this.concurrency / 1000);
          reject(new RateLimitedError('Too many sign-ups and sign-ins at once, try again shortly', Math.max(1, drainSeconds)));
        }, this.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }
}
