import type { ChangeOrigin } from '@foodgraph/platform/messaging';

/**
 * The origin of a command someone gives an order that exists: the events it emits carry the
 * order's correlation id (kept on the row since its placement), so one id follows the order
 * from `placeOrder` to its review; the request that gave the command stays in the log lines
 * as `requestId`. A change made in reaction to an event already carries the order's id.
 */
export interface OrderCommandOrigin {
  origin: ChangeOrigin;
  /** The id of the request that gave the command (its own correlation before this). */
  requestId: string;
}

export function originOfOrderCommand(order: { correlationId: string }, request: ChangeOrigin): OrderCommandOrigin {
  return { origin: { correlationId: order.correlationId, causationId: request.causationId }, requestId: request.correlationId };
}
