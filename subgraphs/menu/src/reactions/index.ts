import type { DomainEvent } from '@foodgraph/events';
import type { EventHandlers } from '@foodgraph/platform/messaging';
import { endsOrderBeforeDelivery } from '../domain/stock-reservation';
import {
  releaseStockWhenOrderEnded,
  replaceReservationWhenLinesChanged,
  reserveStockWhenOrderPlaced,
  type OrderReactionDeps,
} from './order-events.reactions';

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

/**
 * The order events the order-stock consumer leaves alone: every status change but the two that
 * end an order before delivery (`releaseStockWhenOrderEnded` would do nothing with them). A paid
 * order moves to AWAITING_PAYMENT and PLACED, then through the kitchen and delivery: without
 * this, each of those would cost menu a transaction and an inbox row.
 */
export function orderStockLeavesAlone(event: DomainEvent): boolean {
  return event.type === 'orders.order.status_changed' && !endsOrderBeforeDelivery(event.data.to);
}
