/** The two calls an event iterator needs from a pub/sub engine (graphql-subscriptions' `PubSubEngine`). */
export interface SubscribableEngine {
  subscribe(trigger: string, onMessage: (payload: unknown) => void, options?: object): Promise<number>;
  unsubscribe(subId: number): void;
}

/** Thrown into a consumer that fell more than `maxQueued` events behind. */
export class SlowConsumerError extends Error {
  override name = 'SlowConsumerError';
}

/**
 * An async iterator over the events of some triggers that subscribes at once, not on the first
 * `next()`: a GraphQL subscription is "live" as soon as its `subscribe` resolver returns, so an
 * event published right after that must not be lost while the engine is still subscribing.
 * `ready` resolves when every trigger is subscribed. Events queue up to `maxQueued`; a consumer
 * further behind ends with `SlowConsumerError` rather than growing memory without bound.
 */
export class EventIterator<T> implements AsyncIterableIterator<T> {
  /** Resolves once the engine listens on every trigger; rejects if it could not subscribe. */
  readonly ready: Promise<void>;
  private readonly queue: T[] = [];
  private readonly waiting: { resolve(r: IteratorResult<T>): void; reject(err: unknown): void }[] = [];
  private subIds: number[] = [];
  private failure: Error | undefined;
  private done = false;

  constructor(
    private readonly engine: SubscribableEngine,
    triggers: readonly string[],
    private readonly maxQueued: number,
    private readonly onDone: (it: EventIterator<T>) => void = () => undefined,
  ) {
    const subscribing = Promise.all(triggers.map((t) => engine.subscribe(t, (payload) => this.push(payload as T))));
    this.ready = subscribing.then(
      (ids) => {
        // A consumer may have returned while the engine was still subscribing.
        if (this.done) ids.forEach((id) => engine.unsubscribe(id));
        else this.subIds = ids;
      },
      (err: unknown) => {
        this.fail(err);
        throw err;
      },
    );
    // The consumer sees the failure through next(); this only keeps it from being unhandled.
    this.ready.catch(() => undefined);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length > 0) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.failure !== undefined) {
      const err = this.failure;
      this.failure = undefined;
      return Promise.reject(err);
    }
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<T>> {
    this.finish();
    return Promise.reject(asError(err));
  }

  private push(value: T): void {
    if (this.done) return;
    const waiter = this.waiting.shift();
    if (waiter) return waiter.resolve({ value, done: false });
    if (this.queue.length >= this.maxQueued) {
      this.fail(new SlowConsumerError(`the subscriber fell more than ${this.maxQueued} events behind`));
      return;
    }
    this.queue.push(value);
  }

  private fail(reason: unknown): void {
    if (this.done) return;
    const err = asError(reason);
    const waiter = this.waiting.shift();
    this.queue.length = 0;
    if (waiter) waiter.reject(err);
    else this.failure = err;
    this.finish();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    for (const id of this.subIds) this.engine.unsubscribe(id);
    this.subIds = [];
    for (const waiter of this.waiting.splice(0)) waiter.resolve({ value: undefined, done: true });
    this.onDone(this);
  }
}

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(typeof reason === 'string' ? reason : 'event stream failed');
}

/**
 * Passes on only the events `keep` accepts — for a subscription whose arguments narrow a
 * broader topic (e.g. a restaurant's feed filtered by status). Returning the wrapper ends the
 * source too, so the engine unsubscribes.
 */
export function filterEvents<T>(
  source: AsyncIterableIterator<T>,
  keep: (event: T) => boolean | Promise<boolean>,
): AsyncIterableIterator<T> {
  const wrapper: AsyncIterableIterator<T> = {
    [Symbol.asyncIterator]: () => wrapper,
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done || (await keep(r.value))) return r;
      }
    },
    return: () => source.return?.() ?? Promise.resolve({ value: undefined, done: true }),
    throw: (err?: unknown) => source.throw?.(err) ?? Promise.reject(asError(err)),
  };
  return wrapper;
}
