import { uuidv7 } from '@foodgraph/platform/ids';
import { admin, anonymous, FeedbackHarness, user } from './support/feedback-harness';
import {
  COURIER_AND_ORDER,
  errorOf,
  HIDE,
  ok,
  RESTAURANT_RATINGS,
  UNHIDE,
  type RestaurantRatingsResult,
  type ReviewResult,
} from './support/operations';
import { deliveredOrder, newCourier, openVenue, reviewOrder, type Venue } from './support/order-story';

let h: FeedbackHarness;
let venue: Venue;
beforeAll(async () => {
  h = await FeedbackHarness.start();
  venue = await openVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

async function restaurant(restaurantId: string, first = 20, after?: string | null): Promise<RestaurantRatingsResult> {
  const reps = [{ __typename: 'Restaurant', id: restaurantId }];
  return ok(await h.call<{ _entities: [RestaurantRatingsResult] }>(anonymous, RESTAURANT_RATINGS, { reps, first, after }))._entities[0];
}

interface Totals {
  subject_type: string;
  subject_id: string;
  rating_sum: number;
  rating_count: number;
}

/** The aggregates as stored, and as recomputed from the reviews themselves. */
async function storedAndRecomputed(): Promise<[Totals[], Totals[]]> {
  const stored = await h.dataSource.query<Totals[]>(
    `SELECT subject_type, subject_id::text, rating_sum, rating_count FROM rating_aggregates WHERE rating_count > 0
     ORDER BY subject_type, subject_id`,
  );
  const recomputed = await h.dataSource.query<Totals[]>(
    `SELECT * FROM (
       SELECT 'RESTAURANT' AS subject_type, restaurant_id::text AS subject_id, sum(restaurant_rating)::int AS rating_sum, count(*)::int AS rating_count
         FROM reviews WHERE NOT hidden GROUP BY restaurant_id
       UNION ALL
       SELECT 'COURIER', courier_id::text, sum(courier_rating)::int, count(*)::int
         FROM reviews WHERE NOT hidden AND courier_id IS NOT NULL AND courier_rating IS NOT NULL GROUP BY courier_id
     ) t ORDER BY subject_type, subject_id`,
  );
  return [stored, recomputed];
}

describe('ratings contributed to Restaurant, Courier and Order', () => {
  it('answers a restaurant without reviews with rating null and reviewCount 0', async () => {
    expect(await restaurant(uuidv7())).toMatchObject({
      rating: null,
      reviewCount: 0,
      reviews: { edges: [], pageInfo: { hasNextPage: false } },
    });
  });

  it('contributes Restaurant.rating, reviewCount and pages of reviews, newest first', async () => {
    const stars = [5, 4, 4];
    const reviews: ReviewResult[] = [];
    for (const s of stars)
      reviews.push(await reviewOrder(h, await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId), { restaurantRating: s }));
    const page1 = await restaurant(venue.restaurantId, 2);
    expect(page1).toMatchObject({ rating: 4.33, reviewCount: 3 });
    expect(page1.reviews.edges.map((e) => e.node.id)).toEqual([reviews[2].id, reviews[1].id]);
    expect(page1.reviews.pageInfo.hasNextPage).toBe(true);
    const page2 = await restaurant(venue.restaurantId, 2, page1.reviews.pageInfo.endCursor);
    expect(page2.reviews.edges.map((e) => e.node.id)).toEqual([reviews[0].id]);
    expect(page2.reviews.pageInfo.hasNextPage).toBe(false);

    const reps = [{ __typename: 'Restaurant', id: venue.restaurantId }];
    for (const first of [0, 101])
      expect(errorOf(await h.call(anonymous, RESTAURANT_RATINGS, { reps, first }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    expect(errorOf(await h.call(anonymous, RESTAURANT_RATINGS, { reps, first: 5, after: 'nope' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });

  it('contributes Courier.rating and Order.review, and resolves Review references', async () => {
    const courier = newCourier();
    const first = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId, courier);
    const second = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId, courier);
    const unreviewed = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId, courier);
    const r1 = await reviewOrder(h, first, { restaurantRating: 3, courierRating: 5, comment: 'Great courier' });
    await reviewOrder(h, second, { restaurantRating: 3, courierRating: 4 });
    const reps = [
      { __typename: 'Courier', id: courier.courierId },
      { __typename: 'Courier', id: uuidv7() },
      { __typename: 'Order', id: first.orderId },
      { __typename: 'Order', id: unreviewed.orderId },
      { __typename: 'Review', id: r1.id },
    ];
    expect(ok(await h.call<{ _entities: unknown[] }>(anonymous, COURIER_AND_ORDER, { reps }))._entities).toEqual([
      { id: courier.courierId, rating: 4.5 },
      { id: reps[1].id, rating: null },
      { id: first.orderId, review: { id: r1.id, restaurantRating: 3, courierRating: 5 } },
      { id: unreviewed.orderId, review: null },
      { id: r1.id, comment: 'Great courier' },
    ]);
  });

  it('keeps the aggregates equal to a recount from scratch through concurrent reviews and moderation', async () => {
    const venues = [venue, await openVenue(h)];
    const couriers = [newCourier(), newCourier(), newCourier()];
    const orders = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        deliveredOrder(h, user('CUSTOMER'), venues[i % 2].restaurantId, i % 4 === 3 ? null : couriers[i % 3]),
      ),
    );
    const reviews = await Promise.all(
      orders.map((order, i) =>
        reviewOrder(h, order, { restaurantRating: (i % 5) + 1, courierRating: i % 4 === 3 || i % 7 === 0 ? null : ((i * 3) % 5) + 1 }),
      ),
    );
    // Hide a third concurrently, then show half of those again, also concurrently.
    const hidden = reviews.filter((_, i) => i % 3 === 0);
    await Promise.all(hidden.map((r) => h.call(admin, HIDE, { reviewId: r.id, reason: 'Checking' }).then(ok)));
    await Promise.all(hidden.filter((_, i) => i % 2 === 0).map((r) => h.call(admin, UNHIDE, { reviewId: r.id }).then(ok)));

    const [stored, recomputed] = await storedAndRecomputed();
    expect(stored).toEqual(recomputed);
    expect(stored.length).toBeGreaterThanOrEqual(5);
  });
});
