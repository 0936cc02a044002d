import type { DemoRestaurant, SignedIn, TestSupergraph } from '@foodgraph/testing';
import { createTestCourier, deliveryStep, goOffline, goOnline, waitForOffer } from '../../e2e/support/couriers';
import { acceptOrder, cookUntilReady, KITCHEN_AT, pickUpOnceReady, placePaidOrder, reviewOnceDelivered } from '../../e2e/support/journey';

/**
 * A delivered order of `venue` that `customer` reviewed, all through the API (the screens that
 * do it are other tests'): the partner and admin screens then reply to it and moderate it.
 */
export async function reviewedOrder(
  sg: TestSupergraph,
  partner: SignedIn,
  customer: SignedIn,
  venue: DemoRestaurant,
  review: { restaurantRating: number; comment: string },
): Promise<{ orderId: string; reviewId: string }> {
  const courier = await createTestCourier(sg, `Reviewed Rider ${Date.now()}`);
  await goOnline(sg, courier, KITCHEN_AT);
  try {
    const [item] = venue.items as [DemoRestaurant['items'][number]];
    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: item.id, quantity: 1 }]);
    await acceptOrder(sg, partner, order.id);
    const offered = await waitForOffer(sg, courier, order.id, 20_000);
    await deliveryStep(sg, courier, 'acceptDelivery', offered.id);
    await cookUntilReady(sg, partner, order.id);
    await pickUpOnceReady(sg, courier, offered.id);
    await deliveryStep(sg, courier, 'markDelivered', offered.id);
    const reviewed = await reviewOnceDelivered(sg, customer, { orderId: order.id, ...review });
    return { orderId: order.id, reviewId: reviewed.id };
  } finally {
    await goOffline(sg, courier).catch(() => undefined);
  }
}
