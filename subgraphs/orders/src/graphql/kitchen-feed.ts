import { retryWithin } from '@foodgraph/platform/process';
import type { KitchenAccessChange, OrderLiveEvent } from '../events/live-topics';

/** How long a feed waits for the read model to show a membership change it heard of. */
const CATCH_UP = { timeoutMs: 3000, intervalMs: 50 };

/** What the feed asks of the reads service. */
export interface KitchenAccessJudge {
  /** Whether the read model shows the change already. */
  caughtUp(change: KitchenAccessChange): Promise<boolean>;
  /** Throws (FORBIDDEN) when the subscriber may no longer watch the kitchen. */
  judge(): Promise<void>;
}

const isAccessChange = (message: OrderLiveEvent | KitchenAccessChange): message is KitchenAccessChange => !('orderId' in message);

/**
 * One subscriber's kitchen feed: order changes pass through; a change of the subscriber's own
 * access to the kitchen (a removal from its staff) makes the feed judge again, and a refusal
 * ends the stream with that error (graphql-ws then sends it as the subscription's `error`,
 * which the router passes on as the end of the client's subscription). The source stops
 * listening first, so nothing of the restaurant reaches the removed user afterwards.
 */
export function endWhenKitchenAccessEnds(
  source: AsyncIterableIterator<OrderLiveEvent | KitchenAccessChange>,
  access: KitchenAccessJudge,
): AsyncIterableIterator<OrderLiveEvent> {
  const feed: AsyncIterableIterator<OrderLiveEvent> = {
    [Symbol.asyncIterator]: () => feed,
    async next() {
      for (;;) {
        const r = await source.next();
        if (r.done) return r;
        if (!isAccessChange(r.value)) return { value: r.value, done: false };
        const change = r.value;
        await retryWithin(
          CATCH_UP,
          () => access.caughtUp(change),
          (seen) => seen,
        );
        try {
          await access.judge();
        } catch (err) {
          await source.return?.();
          throw err;
        }
      }
    },
    return: async () => {
      await source.return?.();
      return { value: undefined, done: true };
    },
    throw: async (err?: unknown) => {
      await source.return?.();
      throw err;
    },
  };
  return feed;
}
