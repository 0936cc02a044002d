import type { GraphQLFormattedError } from 'graphql';
import type { WebSocket } from 'ws';
import { SubscriptionCloseCode } from './close-codes';

/** Ends a client's subscription with a graphql-ws `error` message carrying these errors. */
export class SubscriptionFailure extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'Subscription failed');
  }
}

const SUFFIX = Buffer.from('}');

/**
 * One client subscription on one socket. Events are written straight to the socket as
 * pre-serialized `next` messages — the id prefix is built once, the payload bytes are the
 * feed's, shared by every subscriber, and subscribers whose clients chose the same id share
 * the whole message — so an event costs one serialization however many clients receive it. Towards graphql-ws it is the operation's async iterator: it yields
 * nothing, ends when the feed completes (graphql-ws then sends `complete`), throws
 * `SubscriptionFailure` when the feed fails (→ `error`), and `return()` detaches it.
 */
export class FeedSubscriber implements AsyncIterableIterator<never> {
  private readonly prefix: Buffer;
  private waiter: { resolve(r: IteratorResult<never>): void; reject(err: unknown): void } | undefined;
  private outcome: { failure?: SubscriptionFailure } | undefined;

  constructor(
    readonly socket: WebSocket,
    readonly id: string,
    private readonly maxBufferedBytes: number,
    private readonly detach: (subscriber: FeedSubscriber) => void,
  ) {
    this.prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
  }

  /** This subscription's `next` message around a serialized `ExecutionResult`. */
  messageFor(payload: Buffer): Buffer {
    return Buffer.concat([this.prefix, payload, SUFFIX], this.prefix.length + payload.length + 1);
  }

  /** Sends a message made by `messageFor` (of this or any subscriber with the same id). */
  send(message: Buffer): void {
    if (this.outcome || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.socket.close(SubscriptionCloseCode.TryAgainLater, 'Client reads too slowly');
      return;
    }
    this.socket.send(message, { binary: false });
  }

  /** The feed ended: completes the subscription, or fails it with `errors`. */
  end(errors?: readonly GraphQLFormattedError[]): void {
    if (this.outcome) return;
    this.outcome = errors ? { failure: new SubscriptionFailure(errors) } : {};
    const waiter = this.waiter;
    this.waiter = undefined;
    if (!waiter) return;
    if (this.outcome.failure) waiter.reject(this.outcome.failure);
    else waiter.resolve({ value: undefined as never, done: true });
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
