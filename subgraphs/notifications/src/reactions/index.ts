import type { ConsumerSpec } from '@foodgraph/platform/process';
import type { NotificationsReactionServices } from '../services/notifications-services';
import {
  notifyCourierWhenDeliveryCancelled,
  notifyCourierWhenDeliveryDelivered,
  notifyCourierWhenDeliveryOffered,
  notifyCustomerWhenCourierAssigned,
} from './delivery-events.reactions';
import { notifyOwnerWhenReviewSubmitted } from './feedback-events.reactions';
import { notifyWhenRestaurantStatusChanged } from './menu-events.reactions';
import { notifyWhenOrderStatusChanged, notifyWhenPaymentRefunded, recordOrderWhenOrderPlaced } from './order-events.reactions';
import { notifyAdminsWhenDeadLettered } from './platform-events.reactions';
import { forgetStaffWhenStaffRemoved, recordStaffWhenStaffAdded } from './staff-events.reactions';
import { recordRecipientWhenUserRegistered } from './users-events.reactions';

/** Durable consumer name of the inbox: the read models and the notifications they decide. */
export const INBOX_CONSUMER = 'notifications-inbox';

/**
 * Every consumer of the notifications subgraph. One consumer takes every event, so a read model
 * (the order's customer, the restaurant's owner) and the notifications that read it never race,
 * and one producer's events are told in the order they happened. Each event is handled in its
 * own transaction with its inbox row: a redelivery changes nothing and notifies nobody twice.
 */
export function notificationsConsumers(services: NotificationsReactionServices): ConsumerSpec[] {
  return [
    {
      consumer: INBOX_CONSUMER,
      handlers: {
        'users.user.registered': (event, manager) => recordRecipientWhenUserRegistered(event, manager, services),
        'users.staff.added': (event, manager) => recordStaffWhenStaffAdded(event, manager, services),
        'users.staff.removed': (event, manager) => forgetStaffWhenStaffRemoved(event, manager, services),
        'menu.restaurant.changed': (event, manager) => notifyWhenRestaurantStatusChanged(event, manager, services),
        'orders.order.placed': (event, manager) => recordOrderWhenOrderPlaced(event, manager, services),
        'orders.order.status_changed': (event, manager) => notifyWhenOrderStatusChanged(event, manager, services),
        'orders.payment.refunded': (event, manager) => notifyWhenPaymentRefunded(event, manager, services),
        'delivery.delivery.offered': (event, manager) => notifyCourierWhenDeliveryOffered(event, manager, services),
        'delivery.delivery.assigned': (event, manager) => notifyCustomerWhenCourierAssigned(event, manager, services),
        'delivery.delivery.delivered': (event, manager) => notifyCourierWhenDeliveryDelivered(event, manager, services),
        'delivery.delivery.cancelled': (event, manager) => notifyCourierWhenDeliveryCancelled(event, manager, services),
        'feedback.review.submitted': (event, manager) => notifyOwnerWhenReviewSubmitted(event, manager, services),
        'platform.dead_letter.recorded': (event, manager) => notifyAdminsWhenDeadLettered(event, manager, services),
      },
    },
  ];
}
