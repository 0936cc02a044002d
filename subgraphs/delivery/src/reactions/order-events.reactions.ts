import type { DomainEvent } from '@foodgraph/events';
import { originOfEvent } from '@foodgraph/platform/messaging';
import type { EntityManager } from 'typeorm';
import type { DeliveryLifecycleService } from '../services/delivery-lifecycle.service';
import type { ReadModelService } from '../services/read-model.service';

/** What delivery does when the orders subgraph's events arrive; each calls one service. */

type OrderPlaced = DomainEvent<'orders.order.placed'>;
type OrderStatusChanged = DomainEvent<'orders.order.status_changed'>;

/** Keeps the placed order's customer and drop-off, for the delivery that may follow. */
export function copyOrderWhenPlaced(readModels: ReadModelService, event: OrderPlaced, manager: EntityManager): Promise<void> {
  return readModels.recordOrder(manager, event.data);
}

/** Keeps the order's status and expected ready time: pick-up waits for READY_FOR_PICKUP. */
export function trackOrderWhenStatusChanged(
  readModels: ReadModelService,
  event: OrderStatusChanged,
  manager: EntityManager,
): Promise<void> {
  return readModels.recordOrderStatus(manager, event.data);
}

/** The restaurant accepted the order: its delivery is created and offered to a courier. */
export async function createDeliveryWhenOrderAccepted(
  lifecycle: DeliveryLifecycleService,
  event: OrderStatusChanged,
  manager: EntityManager,
): Promise<void> {
  if (event.data.to !== 'ACCEPTED') return;
  await lifecycle.createForOrder(manager, { orderId: event.data.orderId, restaurantId: event.data.restaurantId }, originOfEvent(event));
}

/** The order was cancelled (or rejected): its delivery, if any, ends with it. */
export async function cancelDeliveryWhenOrderCancelled(
  lifecycle: DeliveryLifecycleService,
  event: OrderStatusChanged,
  manager: EntityManager,
): Promise<void> {
  const { orderId, to, reason } = event.data;
  if (to !== 'CANCELLED' && to !== 'REJECTED') return;
  await lifecycle.endWithOrder(manager, { orderId, status: to, reason }, originOfEvent(event));
}
