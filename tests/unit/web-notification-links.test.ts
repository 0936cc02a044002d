import type { BellNotificationFragment } from '@generated/graphql';
import { linkOf } from '../../web/src/notifications/notification-link';

/* Where the bell takes each reader: the page of what the notification is about, in their own area. */

const ORDER = 'order-1';
const RESTAURANT = 'restaurant-1';
const notification = (
  kind: BellNotificationFragment['kind'],
  links: { order?: boolean; restaurant?: boolean } = {},
): BellNotificationFragment => ({
  __typename: 'Notification',
  id: 'n-1',
  kind,
  title: 't',
  body: 'b',
  createdAt: '2026-12-03T12:00:00Z',
  readAt: null,
  order: links.order ? { __typename: 'Order', id: ORDER } : null,
  restaurant: links.restaurant ? { __typename: 'Restaurant', id: RESTAURANT } : null,
});

describe('the bell links a notification', () => {
  it("to the customer's order page for the order's news", () => {
    for (const kind of ['ORDER_STATUS', 'PAYMENT', 'DELIVERY_STATUS'] as const)
      expect(linkOf(notification(kind, { order: true, restaurant: true }), 'CUSTOMER')).toBe(`/orders/${ORDER}`);
    expect(linkOf(notification('ORDER_STATUS'), 'CUSTOMER')).toBeNull();
  });

  it("to the restaurant's kitchen for a new order, for its owner and its staff", () => {
    expect(linkOf(notification('NEW_ORDER', { order: true, restaurant: true }), 'PARTNER')).toBe(`/kitchen/${RESTAURANT}`);
    expect(linkOf(notification('NEW_ORDER', { order: true, restaurant: true }), 'STAFF')).toBe(`/kitchen/${RESTAURANT}`);
  });

  it("to the courier's deliveries for offers and deliveries", () => {
    expect(linkOf(notification('DELIVERY_OFFER', { order: true }), 'COURIER')).toBe('/courier');
    expect(linkOf(notification('DELIVERY_STATUS', { order: true }), 'COURIER')).toBe('/courier');
  });

  it("to the partner's restaurant and its reviews, and to the admin's approval queue and dead letters", () => {
    expect(linkOf(notification('RESTAURANT_STATUS', { restaurant: true }), 'PARTNER')).toBe(`/partner/restaurants/${RESTAURANT}`);
    expect(linkOf(notification('REVIEW', { order: true, restaurant: true }), 'PARTNER')).toBe(`/partner/restaurants/${RESTAURANT}/reviews`);
    expect(linkOf(notification('RESTAURANT_STATUS', { restaurant: true }), 'ADMIN')).toBe('/admin');
    expect(linkOf(notification('SYSTEM'), 'ADMIN')).toBe('/admin/dashboard');
  });
});
