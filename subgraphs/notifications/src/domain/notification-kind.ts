/** What a notification is about; the contract's `NotificationKind`. */
export const NotificationKind = {
  OrderStatus: 'ORDER_STATUS',
  Payment: 'PAYMENT',
  NewOrder: 'NEW_ORDER',
  DeliveryOffer: 'DELIVERY_OFFER',
  DeliveryStatus: 'DELIVERY_STATUS',
  RestaurantStatus: 'RESTAURANT_STATUS',
  Review: 'REVIEW',
  System: 'SYSTEM',
} as const;
export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];

/** One notification a rule decided on, before it is stored: who is told what, about which order or restaurant. */
export interface NotificationDraft {
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  orderId: string | null;
  restaurantId: string | null;
}
