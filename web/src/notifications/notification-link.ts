import type { BellNotificationFragment } from '@generated/graphql';

/**
 * Where a notification takes its reader: the page of the order or restaurant it is about, in
 * the reader's own area (a customer's order page, the kitchen of a new order, the courier's
 * deliveries, the partner's restaurant, the admin's approval queue or dead letters). Null: nowhere to go.
 */
export function linkOf(notification: BellNotificationFragment, role: string): string | null {
  const orderId = notification.order?.id;
  const restaurantId = notification.restaurant?.id;
  switch (notification.kind) {
    case 'NEW_ORDER':
      return restaurantId ? `/kitchen/${restaurantId}` : '/kitchen';
    case 'REVIEW':
      return restaurantId ? `/partner/restaurants/${restaurantId}/reviews` : '/partner';
    case 'RESTAURANT_STATUS':
      if (role === 'ADMIN') return '/admin';
      return restaurantId ? `/partner/restaurants/${restaurantId}` : '/partner';
    case 'DELIVERY_OFFER':
      return '/courier';
    case 'SYSTEM':
      return role === 'ADMIN' ? '/admin/dashboard' : null;
    default:
      // ORDER_STATUS, PAYMENT, DELIVERY_STATUS: the courier follows deliveries, the customer the order.
      if (role === 'COURIER') return '/courier';
      return orderId ? `/orders/${orderId}` : null;
  }
}
