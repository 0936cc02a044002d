import type { GraphQLFormattedError } from 'graphql';
import type { FormattedExecutionResult } from 'graphql-ws';

/** Ends a client's subscription with these errors (a graphql-ws `error` message, a last SSE/multipart part). */
export class SubscriptionFailure extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'Subscription failed');
  }
}

/** One event of a feed: completed once, serialized once, shared by every subscriber. */
export interface FeedEvent {
  result: FormattedExecutionResult<Record<string, unknown>, unknown>;
  /** `result` as JSON. */
  json: Buffer;
}

/**
 * Where one client subscription's events go: a graphql-ws socket, an SSE response, a multipart
 * response. The feed frames each event once per `shareKey` (subscribers whose frames are
 * byte-identical share them) and writes the frame to every outlet.
 */
export interface SubscriberOutlet {
  readonly shareKey: string;
  /** The bytes this transport sends for one event. */
  frame(event: FeedEvent): Buffer;
  /** Sends a frame made by `frame` of an outlet with the same `shareKey`. */
  write(frame: Buffer, event: FeedEvent): void;
  /** The subscription ended (with `errors` when it failed); the outlet may finish its response. */
  ended?(errors: readonly GraphQLFormattedError[] | undefined): void;
}

/**
 * One client subscription attached to a feed. Events go straight to its outlet, so an event
 * costs one serialization however many clients receive it. Towards graphql-ws it is the
 * operation's async iterator: it yields nothing, ends when the feed completes (graphql-ws then
 * sends `complete`), throws `SubscriptionFailure` when the feed fails (→ `error`), and
 * `return()` detaches it.
 */
export class FeedSubscriber implements AsyncIterableIterator<never> {
  private waiter: { resolve(r: IteratorResult<never>): void; reject(err: unknown): void } | undefined;
  private outcome: { failure?: SubscriptionFailure } | undefined;

  constructor(
    readonly outlet: SubscriberOutlet,
    private readonly detach: (subscriber: FeedSubscriber) => void,
  ) {}

  /** Whether the subscription has ended (either way). */
  get isEnded(): boolean {
    return this.outcome !== undefined;
  }

  /** Sends one event's frame, unless the subscription has ended. */
  send(frame: Buffer, event: FeedEvent): void {
    if (!this.outcome) this.outlet.write(frame, event);
  }

  /** The feed ended: completes the subscription, or fails it with `errors`. */
  end(errors?: readonly GraphQLFormattedError[]): void {
    if (this.outcome) return;
    this.outcome = errors ? { failure: new SubscriptionFailure(errors) } : {};
    this.outlet.ended?.(errors);
    const waiter = this.waiter;
    this.waiter = undefined;
    if (!waiter) return;
    if (this.outcome.failure) waiter.reject(this.outcome.failure);
    else waiter.resolve({ value: undefined as never, done: true });
  }

  /** Ends this subscription alone with `errors` (e.g. its access token expired) and detaches it. */
  fail(errors: readonly GraphQLFormattedError[]): void {
    this.end(errors);
    this.detach(this);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<never> {
    return this;
  }

  next(): Promise<IteratorResult<never>> {
    if (this.outcome) {
      const failure = this.outcome.failure;
      this.outcome = {};
      return failure ? Promise.reject(failure) : Promise.resolve({ value: undefined as never, done: true });
    }
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<never>> {
    this.end();
    this.detach(this);
    return Promise.resolve({ value: undefined as never, done: true });
  }
}
