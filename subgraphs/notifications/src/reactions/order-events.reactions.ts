import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import { kitchenHearsOf, NO_AUDIENCE, notificationsOfRefund, notificationsOfStatusChange } from '../domain/order-notifications';
import type { NotificationsReactionServices } from '../services/notifications-services';

/** `orders.order.placed`: remember whose order it is, for delivery's events that do not say. */
export async function recordOrderWhenOrderPlaced(
  event: DomainEvent<'orders.order.placed'>,
  manager: EntityManager,
  { readModels }: NotificationsReactionServices,
): Promise<void> {
  const { orderId, customerId, restaurantId, number } = event.data;
  await readModels.recordOrder(manager, orderId, { customerId, restaurantId, number });
}

/** `orders.order.status_changed`: tell the customer, and the kitchen of a new order. */
export async function notifyWhenOrderStatusChanged(
  event: DomainEvent<'orders.order.status_changed'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const { orderId, customerId, restaurantId, number } = event.data;
  // The change names the customer too, so the order is known even if `placed` came late.
  await readModels.recordOrder(manager, orderId, { customerId, restaurantId, number });
  // The owner and staff are read only for the one change they hear of (two reads saved on every other).
  const audience = kitchenHearsOf(event.data) ? await readModels.restaurantAudience(manager, restaurantId) : NO_AUDIENCE;
  await notify.notify(manager, event, notificationsOfStatusChange(event.data, audience));
}

/** `orders.payment.refunded`: tell the customer their money is coming back. */
export async function notifyWhenPaymentRefunded(
  event: DomainEvent<'orders.payment.refunded'>,
  manager: EntityManager,
  { notify }: NotificationsReactionServices,
): Promise<void> {
  await notify.notify(manager, event, notificationsOfRefund(event.data));
}
