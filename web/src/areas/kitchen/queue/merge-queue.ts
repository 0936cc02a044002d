/** What the queue needs to know of an order (a `KitchenTicket`). */
export interface QueuedOrder {
  id: string;
  status: string;
  placedAt: string;
}

/** The statuses a kitchen display shows, as `kitchenQueue` does: from PLACED to READY_FOR_PICKUP. */
export const QUEUE_STATUSES: readonly string[] = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP'];

export function inQueue(order: Pick<QueuedOrder, 'status'>): boolean {
  return QUEUE_STATUSES.includes(order.status);
}

/**
 * The queue after one change from the live feed: a new order joins, a changed one replaces its
 * old self, one that left the kitchen (picked up, handed over, cancelled, rejected — or not
 * paid yet) goes. Oldest first, like `kitchenQueue`, so the order to cook next stays on top.
 */
export function mergeIntoQueue<T extends QueuedOrder>(queue: readonly T[], changed: T): T[] {
  const others = queue.filter((order) => order.id !== changed.id);
  const next = inQueue(changed) ? [...others, changed] : others;
  return next.sort((a, b) => Date.parse(a.placedAt) - Date.parse(b.placedAt));
}

/** Whether the change is an order the kitchen has to answer that it did not show before. */
export function isNewArrival(queue: readonly QueuedOrder[], changed: QueuedOrder): boolean {
  return changed.status === 'PLACED' && !queue.some((order) => order.id === changed.id && order.status === 'PLACED');
}
