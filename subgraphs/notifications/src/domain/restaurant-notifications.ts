import type { EventData } from '@foodgraph/events';
import { NotificationKind, type NotificationDraft } from './notification-kind';

type RestaurantSnapshot = EventData<'menu.restaurant.changed'>;
type RestaurantStatus = RestaurantSnapshot['status'];

/**
 * Notifications of a restaurant snapshot, given the status the read model held before it (null
 * for a restaurant first seen): admins hear when one starts waiting for approval, the owner
 * when it is approved, suspended or reinstated. Any other change (name, hours) tells nobody.
 */
export function notificationsOfRestaurantChange(
  snapshot: RestaurantSnapshot,
  previous: RestaurantStatus | null,
  adminIds: readonly string[],
): NotificationDraft[] {
  if (previous === snapshot.status) return [];
  const links = { orderId: null, restaurantId: snapshot.restaurantId };
  const owner = (title: string, body: string): NotificationDraft[] => [
    { recipientId: snapshot.ownerId, kind: NotificationKind.RestaurantStatus, title, body, ...links },
  ];
  switch (snapshot.status) {
    case 'PENDING_APPROVAL':
      return adminIds.map((recipientId) => ({
        recipientId,
        kind: NotificationKind.RestaurantStatus,
        title: `${snapshot.name} is waiting for approval`,
        body: 'Review the restaurant and approve it or not.',
        ...links,
      }));
    case 'ACTIVE':
      // A restaurant first seen ACTIVE was made so by the seed or an admin: nobody waits to hear.
      if (previous === null) return [];
      return previous === 'SUSPENDED'
        ? owner(`${snapshot.name} is active again`, 'Customers can order from it again.')
        : owner(`${snapshot.name} is approved`, 'Customers can now find it and order.');
    case 'SUSPENDED':
      return owner(`${snapshot.name} is suspended`, 'Customers cannot order from it. See the restaurant page for the reason.');
  }
}

/** The restaurant's owner hears of a new review of it. */
export function notificationsOfReview(review: EventData<'feedback.review.submitted'>, ownerId: string | null): NotificationDraft[] {
  if (!ownerId) return [];
  return [
    {
      recipientId: ownerId,
      kind: NotificationKind.Review,
      title: `New ${review.restaurantRating}-star review`,
      body: 'Read it and reply on the restaurant page.',
      orderId: review.orderId,
      restaurantId: review.restaurantId,
    },
  ];
}
