import type { EventHandlers } from '@foodgraph/platform/messaging';
import {
  releaseStockWhenOrderEnded,
  replaceReservationWhenLinesChanged,
  reserveStockWhenOrderPlaced,
  type OrderReactionDeps,
} from './order-events.reactions';

export { nudgeAfterHandling } from './nudge-after-handling';
export { KITCHEN_STAFF_CONSUMER, kitchenStaffReactions } from './staff-events.reactions';
export type { OrderReactionDeps } from './order-events.reactions';

/**
 * Durable consumer name of menu's part in the order saga. One consumer for all three order
 * events, so they arrive in the order orders published them (a cancel never overtakes the
 * placement it cancels).
 */
export const ORDER_STOCK_CONSUMER = 'menu-order-stock';

/** The order-stock consumer's registration: which reaction handles which order event. */
export function orderStockReactions(deps: OrderReactionDeps): EventHandlers {
  return {
    'orders.order.placed': (event, manager) => reserveStockWhenOrderPlaced(deps, event, manager),
    'orders.order.lines_changed': (event, manager) => replaceReservationWhenLinesChanged(deps, event, manager),
    'orders.order.status_changed': (event, manager) => releaseStockWhenOrderEnded(deps, event, manager),
  };
}
