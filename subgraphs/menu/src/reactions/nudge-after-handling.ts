import type { EventBus, OutboxNudger } from '@foodgraph/platform/messaging';

/**
 * The same bus, except that each consumed delivery nudges the outbox relay once its handler
 * has finished. The inbox consumer's handler resolves only after its transaction committed, so
 * the answers it wrote are visible and leave at once instead of at the relay's next poll.
 * It lives with the reactions because it wraps only their side of the bus (`consume`); what
 * the subgraph emits is unchanged.
 */
export function nudgeAfterHandling(bus: EventBus, relay: OutboxNudger): EventBus {
  return {
    publish: (event, trace) => bus.publish(event, trace),
    close: () => bus.close(),
    consume: (options) =>
      bus.consume({
        ...options,
        handle: async (message) => {
          await options.handle(message);
          relay.nudge();
        },
      }),
  };
}
