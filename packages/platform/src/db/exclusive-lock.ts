/**
 * A FIFO lock with an optional wait limit. PGlite is one single-user Postgres session, so
 * the pool built on it lends that session to one TypeORM query runner at a time.
 */
export class ExclusiveLock {
  private held = false;
  private readonly waiters: Array<() => void> = [];

  /** Resolves once the caller holds the lock; rejects after `timeoutMs` (0 = wait forever). */
  acquire(timeoutMs: number, describeTimeout: () => string): Promise<void> {
    if (!this.held) {
      this.held = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        if (timer) clearTimeout(timer);
        resolve();
      };
      const timer =
        timeoutMs > 0
          ? setTimeout(() => {
              // A timed-out waiter leaves the queue so the lock never passes to it later.
              this.waiters.splice(this.waiters.indexOf(grant), 1);
              reject(new Error(describeTimeout()));
            }, timeoutMs)
          : null;
      this.waiters.push(grant);
    });
  }

  /** Hands the lock straight to the next waiter, so no newcomer can jump the queue. */
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.held = false;
  }
}
