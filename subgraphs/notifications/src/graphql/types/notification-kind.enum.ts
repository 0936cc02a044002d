import { registerEnumType } from 'type-graphql';
import { NotificationKind } from '../../domain/notification-kind';

/* The domain's kinds registered as the contract's `NotificationKind`; the keys are the GraphQL names. */

export const NotificationKindEnum = {
  ORDER_STATUS: NotificationKind.OrderStatus,
  PAYMENT: NotificationKind.Payment,
  NEW_ORDER: NotificationKind.NewOrder,
  DELIVERY_OFFER: NotificationKind.DeliveryOffer,
  DELIVERY_STATUS: NotificationKind.DeliveryStatus,
  RESTAURANT_STATUS: NotificationKind.RestaurantStatus,
  REVIEW: NotificationKind.Review,
  SYSTEM: NotificationKind.System,
} as const;

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    ORDER_STATUS: { description: "One of the customer's orders changed status." },
    PAYMENT: { description: 'A payment went through, or money was refunded.' },
    NEW_ORDER: { description: 'A new order for a restaurant the user owns or works at.' },
    DELIVERY_OFFER: { description: 'A delivery is offered to the courier.' },
    DELIVERY_STATUS: { description: "A delivery's progress: a courier on the way, a delivery done or called off." },
    RESTAURANT_STATUS: { description: 'A restaurant waits for approval, was approved, suspended or reinstated.' },
    REVIEW: { description: 'A new review of the owner’s restaurant.' },
    SYSTEM: { description: 'About the platform itself, for admins.' },
  },
});
