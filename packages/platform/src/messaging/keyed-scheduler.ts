/** One unit of keyed work: `seq` orders the items of one key (a stream sequence). */
export interface KeyedItem {
  key: string;
  seq: number;
}

/** Caps how many handlers run at once across the schedulers that share it. */
export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  acquire(): Promise<void> {
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next();
    else this.running -= 1;
  }
}

/**
 * Messages of one key that arrived before a takeover may still be on their way back (the
 * previous holder died holding them); items of such a key above `aboveSeq` wait until those
 * sequences were handled here or until `deadline`, when the server must have redelivered
 * whatever was not acknowledged.
 */
export interface TakeoverBarrier {
  aboveSeq: number;
  /** Sequences per key still outstanding from before the takeover; `null` holds every key. */
  outstanding: Map<string, Set<number>> | null;
  deadline: number;
}

/**
 * Runs items of the same key one at a time in `seq` order and items of different keys in
 * parallel (bounded by the shared {@link ConcurrencyLimit}). A key whose item is running or
 * retrying holds only the items queued behind it; other keys go on.
 */
export class KeyedScheduler<T extends KeyedItem> {
  private readonly queues = new Map<string, T[]>();
  private readonly busy = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private barrier: TakeoverBarrier | null = null;
  private barrierTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly handle: (item: T) => Promise<void>,
    private readonly limit: ConcurrencyLimit,
  ) {}

  /** Queues an item behind the earlier ones of its key (by `seq`: a redelivery may arrive late). */
  add(item: T): void {
    const queue = this.queues.get(item.key) ?? [];
    let at = queue.length;
    while (at > 0 && queue[at - 1].seq > item.seq) at -= 1;
    queue.splice(at, 0, item);
    this.queues.set(item.key, queue);
    this.pump(item.key);
  }

  /** Items queued, not started. */
  get waiting(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.length;
    return count;
  }

  setBarrier(barrier: TakeoverBarrier): void {
    this.barrier = barrier;
    this.barrierTimer = setTimeout(() => this.liftBarrier(), Math.max(barrier.deadline - Date.now(), 0));
  }

  /** Called once an item left the consumer for good (acked or dead-lettered). */
  settled(item: T): void {
    const outstanding = this.barrier?.outstanding?.get(item.key);
    if (!outstanding?.delete(item.seq) || outstanding.size > 0) return;
    this.barrier?.outstanding?.delete(item.key);
    this.pump(item.key);
  }

  /**
   * Starts nothing more, waits for the running items and returns those never started, oldest
   * first, for the caller to hand back to the server in stream order.
   */
  async stop(): Promise<T[]> {
    this.stopping = true;
    this.clearBarrierTimer();
    while (this.running.size > 0) await Promise.all([...this.running]);
    const left = [...this.queues.values()].flat().sort((a, b) => a.seq - b.seq);
    this.queues.clear();
    return left;
  }

  private pump(key: string): void {
    if (this.stopping || this.busy.has(key)) return;
    const queue = this.queues.get(key);
    if (!queue || queue.length === 0 || this.held(queue[0])) return;
    this.busy.add(key);
    const run = this.runNext(key);
    this.running.add(run);
    void run.finally(() => {
      this.running.delete(run);
      this.busy.delete(key);
      this.pump(key);
    });
  }

  private async runNext(key: string): Promise<void> {
    await this.limit.acquire();
    try {
      const queue = this.queues.get(key);
      // stop() may have come while this waited for a slot; the item then stays queued.
      if (this.stopping || !queue || queue.length === 0 || this.held(queue[0])) return;
      const item = queue.shift()!;
      if (queue.length === 0) this.queues.delete(key);
      await this.handle(item);
    } finally {
      this.limit.release();
    }
  }

  private held(item: T): boolean {
    const barrier = this.barrier;
    if (!barrier || item.seq <= barrier.aboveSeq) return false;
    if (barrier.outstanding === null) return true;
    return (barrier.outstanding.get(item.key)?.size ?? 0) > 0;
  }

  private liftBarrier(): void {
    this.barrier = null;
    this.clearBarrierTimer();
    for (const key of [...this.queues.keys()]) this.pump(key);
  }

  private clearBarrierTimer(): void {
    if (this.barrierTimer) clearTimeout(this.barrierTimer);
    this.barrierTimer = null;
  }
}
