import { admin, anonymous, FeedbackHarness, user } from './support/feedback-harness';
import {
  COURIER_AND_ORDER,
  errorOf,
  HIDE,
  ok,
  RESTAURANT_RATINGS,
  REVIEW,
  UNHIDE,
  type RestaurantRatingsResult,
  type ReviewResult,
} from './support/operations';
import { deliveredOrder, newCourier, openVenue, reviewOrder, type PlacedOrder, type Venue } from './support/order-story';

let h: FeedbackHarness;
let venue: Venue;
const courier = newCourier();
let low: { order: PlacedOrder; review: ReviewResult };
let high: { order: PlacedOrder; review: ReviewResult };
beforeAll(async () => {
  h = await FeedbackHarness.start();
  venue = await openVenue(h);
  const lowOrder = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId, courier);
  low = { order: lowOrder, review: await reviewOrder(h, lowOrder, { restaurantRating: 1, courierRating: 1, comment: 'Rude!!' }) };
  const highOrder = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId, courier);
  high = { order: highOrder, review: await reviewOrder(h, highOrder, { restaurantRating: 5, courierRating: 4 }) };
});
afterAll(async () => {
  await h?.stop();
});

interface Ratings {
  restaurant: RestaurantRatingsResult;
  courier: { rating: number | null };
}
async function ratingsAs(who: Parameters<FeedbackHarness['call']>[0]): Promise<Ratings> {
  const [restaurant] = ok(
    await h.call<{ _entities: [RestaurantRatingsResult] }>(who, RESTAURANT_RATINGS, {
      reps: [{ __typename: 'Restaurant', id: venue.restaurantId }],
      first: 10,
    }),
  )._entities;
  const [courierResult] = ok(
    await h.call<{ _entities: [{ rating: number | null }] }>(who, COURIER_AND_ORDER, {
      reps: [{ __typename: 'Courier', id: courier.courierId }],
    }),
  )._entities;
  return { restaurant, courier: courierResult };
}

describe('moderation', () => {
  it('hides a review: it leaves the averages and the public listing, admins still see it', async () => {
    const before = await ratingsAs(anonymous);
    expect(before.restaurant).toMatchObject({ rating: 3, reviewCount: 2 });
    expect(before.courier.rating).toBe(2.5);

    const hidden = ok(
      await h.call<{ hideReview: ReviewResult }>(admin, HIDE, { reviewId: low.review.id, reason: 'Abusive language' }),
    ).hideReview;
    expect(hidden).toMatchObject({ hidden: true, hiddenReason: 'Abusive language' });

    const after = await ratingsAs(anonymous);
    expect(after.restaurant).toMatchObject({ rating: 5, reviewCount: 1 });
    expect(after.restaurant.reviews.edges.map((e) => e.node.id)).toEqual([high.review.id]);
    expect(after.courier.rating).toBe(4);

    const asAdmin = await ratingsAs(admin);
    expect(asAdmin.restaurant.reviewCount).toBe(1);
    expect(asAdmin.restaurant.reviews.edges.map((e) => [e.node.id, e.node.hidden])).toEqual([
      [high.review.id, false],
      [low.review.id, true],
    ]);
  });

  it('shows a hidden review only to admins and its author, the reason included', async () => {
    expect(ok(await h.call<{ review: ReviewResult | null }>(anonymous, REVIEW, { id: low.review.id })).review).toBeNull();
    expect(ok(await h.call<{ review: ReviewResult | null }>(venue.owner, REVIEW, { id: low.review.id })).review).toBeNull();
    const asAuthor = ok(await h.call<{ review: ReviewResult }>(low.order.customer, REVIEW, { id: low.review.id })).review;
    expect(asAuthor).toMatchObject({ hidden: true, hiddenReason: 'Abusive language' });
  });

  it('keeps a hidden review on the order for its author and admins only (Order.review)', async () => {
    const reviewOfOrderAs = async (who: Parameters<FeedbackHarness['call']>[0]) =>
      ok(
        await h.call<{ _entities: [{ review: { id: string } | null }] }>(who, COURIER_AND_ORDER, {
          reps: [{ __typename: 'Order', id: low.order.orderId }],
        }),
      )._entities[0].review;
    for (const who of [low.order.customer, admin]) expect(await reviewOfOrderAs(who)).toMatchObject({ id: low.review.id });
    for (const who of [anonymous, venue.owner, high.order.customer, user('COURIER')]) expect(await reviewOfOrderAs(who)).toBeNull();
  });

  it('announces moderation with feedback.review.moderated', async () => {
    const event = await h.waitForEvent(low.review.id, 'feedback.review.moderated');
    expect(event.data).toMatchObject({
      reviewId: low.review.id,
      restaurantId: venue.restaurantId,
      courierId: courier.courierId,
      hidden: true,
      reason: 'Abusive language',
      moderatorId: admin.userId,
    });
  });

  it('refuses to hide a hidden review or show a visible one (CONFLICT)', async () => {
    expect(errorOf(await h.call(admin, HIDE, { reviewId: low.review.id, reason: 'Again' })).code).toBe('CONFLICT');
    expect(errorOf(await h.call(admin, UNHIDE, { reviewId: high.review.id })).code).toBe('CONFLICT');
    expect(errorOf(await h.call(admin, HIDE, { reviewId: high.review.id, reason: ' ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('lets only admins moderate', async () => {
    for (const who of [low.order.customer, venue.owner, user('COURIER')]) {
      expect(errorOf(await h.call(who, HIDE, { reviewId: high.review.id, reason: 'No' })).code).toBe('FORBIDDEN');
      expect(errorOf(await h.call(who, UNHIDE, { reviewId: low.review.id })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await h.call(anonymous, HIDE, { reviewId: high.review.id, reason: 'No' })).code).toBe('UNAUTHENTICATED');
  });

  it('counts a review shown again back into the averages', async () => {
    const shown = ok(await h.call<{ unhideReview: ReviewResult }>(admin, UNHIDE, { reviewId: low.review.id })).unhideReview;
    expect(shown).toMatchObject({ hidden: false, hiddenReason: null });
    const after = await ratingsAs(anonymous);
    expect(after.restaurant).toMatchObject({ rating: 3, reviewCount: 2 });
    expect(after.courier.rating).toBe(2.5);
  });
});
