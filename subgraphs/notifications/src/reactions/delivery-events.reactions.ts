import type { DomainEvent } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import {
  notificationsOfAssignment,
  notificationsOfDelivered,
  notificationsOfDeliveryCancelled,
  notificationsOfOffer,
} from '../domain/delivery-notifications';
import type { NotificationsReactionServices } from '../services/notifications-services';

/** `delivery.delivery.offered`: tell the courier of the offer. */
export async function notifyCourierWhenDeliveryOffered(
  event: DomainEvent<'delivery.delivery.offered'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const order = await readModels.orderFacts(manager, event.data.orderId);
  await notify.notify(manager, event, notificationsOfOffer(event.data, order));
}

/** `delivery.delivery.assigned`: tell the customer a courier is coming. */
export async function notifyCustomerWhenCourierAssigned(
  event: DomainEvent<'delivery.delivery.assigned'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const order = await readModels.orderFacts(manager, event.data.orderId);
  await notify.notify(manager, event, notificationsOfAssignment(event.data, order));
}

/** `delivery.delivery.delivered`: tell the courier the delivery counts in their earnings. */
export async function notifyCourierWhenDeliveryDelivered(
  event: DomainEvent<'delivery.delivery.delivered'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const order = await readModels.orderFacts(manager, event.data.orderId);
  await notify.notify(manager, event, notificationsOfDelivered(event.data, order));
}

/** `delivery.delivery.cancelled`: tell an assigned courier the delivery is off. */
export async function notifyCourierWhenDeliveryCancelled(
  event: DomainEvent<'delivery.delivery.cancelled'>,
  manager: EntityManager,
  { readModels, notify }: NotificationsReactionServices,
): Promise<void> {
  const order = await readModels.orderFacts(manager, event.data.orderId);
  await notify.notify(manager, event, notificationsOfDeliveryCancelled(event.data, order));
}
