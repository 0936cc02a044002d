import { uuidv7 } from '@foodgraph/platform/ids';
import { admin, anonymous, FeedbackHarness, user } from './support/feedback-harness';
import { errorOf, ok, REVIEW, SUBMIT, type ReviewResult } from './support/operations';
import {
  changeStatus,
  deliveredOrder,
  deliveryDelivered,
  newCourier,
  openVenue,
  placeOrder,
  reviewOrder,
  waitForFacts,
  type Venue,
} from './support/order-story';

let h: FeedbackHarness;
let venue: Venue;
beforeAll(async () => {
  h = await FeedbackHarness.start();
  venue = await openVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const submit = (who: Parameters<FeedbackHarness['call']>[0], input: Record<string, unknown>) => h.call(who, SUBMIT, { input });

describe('submitting a review', () => {
  it('lets the customer review a delivered order and announces it with feedback.review.submitted', async () => {
    const customer = user('CUSTOMER');
    const courier = newCourier();
    const order = await deliveredOrder(h, customer, venue.restaurantId, courier);
    const review = await reviewOrder(h, order, { restaurantRating: 4, courierRating: 5, comment: '  Hot and fast  ' });
    expect(review).toMatchObject({
      order: { id: order.orderId },
      author: { id: customer.userId },
      restaurant: { id: venue.restaurantId },
      restaurantRating: 4,
      courier: { id: courier.courierId },
      courierRating: 5,
      comment: 'Hot and fast',
      reply: null,
      hidden: false,
      hiddenReason: null,
    });
    const event = await h.waitForEvent(review.id, 'feedback.review.submitted');
    expect(event.data).toEqual({
      reviewId: review.id,
      orderId: order.orderId,
      authorId: customer.userId,
      restaurantId: venue.restaurantId,
      restaurantRating: 4,
      courierId: courier.courierId,
      courierRating: 5,
      at: review.createdAt,
    });
    expect(ok(await h.call<{ review: ReviewResult }>(anonymous, REVIEW, { id: review.id })).review.id).toBe(review.id);
  });

  it('refuses a second review of the same order with CONFLICT', async () => {
    const customer = user('CUSTOMER');
    const order = await deliveredOrder(h, customer, venue.restaurantId);
    await reviewOrder(h, order, { restaurantRating: 5 });
    expect(errorOf(await submit(customer, { orderId: order.orderId, restaurantRating: 1 })).code).toBe('CONFLICT');
  });

  it('accepts only one of several simultaneous reviews of an order', async () => {
    const customer = user('CUSTOMER');
    const order = await deliveredOrder(h, customer, venue.restaurantId);
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map((stars) => submit(customer, { orderId: order.orderId, restaurantRating: stars })),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors).map((a) => errorOf(a).code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    const [count] = await h.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM reviews WHERE order_id = $1', [
      order.orderId,
    ]);
    expect(count.n).toBe(1);
  });

  it('rejects a review before the order is delivered with FORBIDDEN', async () => {
    const customer = user('CUSTOMER');
    const order = await placeOrder(h, customer, venue.restaurantId, 'PICKED_UP');
    const error = errorOf(await submit(customer, { orderId: order.orderId, restaurantRating: 5 }));
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'An order can be reviewed once it has been delivered' });
  });

  it('rejects a review of a cancelled order, even when a late delivery event arrives', async () => {
    const customer = user('CUSTOMER');
    const order = await placeOrder(h, customer, venue.restaurantId, 'PICKED_UP');
    await changeStatus(h, order, 'PICKED_UP', 'CANCELLED', { kind: 'ADMIN', id: admin.userId });
    await deliveryDelivered(h, order, newCourier());
    await waitForFacts(h, order.orderId, (row) => row['status'] === 'CANCELLED' && row['delivered_at'] !== null);
    expect(errorOf(await submit(customer, { orderId: order.orderId, restaurantRating: 5 })).code).toBe('FORBIDDEN');
  });

  it("rejects a review of someone else's order with FORBIDDEN, of an unknown order with NOT_FOUND", async () => {
    const order = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId);
    for (const who of [user('CUSTOMER'), venue.owner, admin, user('COURIER')])
      expect(errorOf(await submit(who, { orderId: order.orderId, restaurantRating: 5 })).code).toBe('FORBIDDEN');
    expect(errorOf(await submit(anonymous, { orderId: order.orderId, restaurantRating: 5 })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await submit(order.customer, { orderId: uuidv7(), restaurantRating: 5 })).code).toBe('NOT_FOUND');
    expect(errorOf(await submit(order.customer, { orderId: 'not-an-id', restaurantRating: 5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.orderId',
    });
  });

  it('refuses a courier rating when no courier delivered the order (BAD_USER_INPUT on input.courierRating)', async () => {
    const customer = user('CUSTOMER');
    const order = await deliveredOrder(h, customer, venue.restaurantId, null);
    expect(errorOf(await submit(customer, { orderId: order.orderId, restaurantRating: 4, courierRating: 5 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.courierRating',
    });
    const review = await reviewOrder(h, order, { restaurantRating: 4 });
    expect(review).toMatchObject({ courier: null, courierRating: null });
  });

  it('checks ratings are 1 to 5 and the comment at most 1000 characters, naming the field', async () => {
    const customer = user('CUSTOMER');
    const order = await deliveredOrder(h, customer, venue.restaurantId);
    const cases: [Record<string, unknown>, string][] = [
      [{ restaurantRating: 0 }, 'input.restaurantRating'],
      [{ restaurantRating: 6 }, 'input.restaurantRating'],
      [{ restaurantRating: 5, courierRating: 0 }, 'input.courierRating'],
      [{ restaurantRating: 5, courierRating: 9 }, 'input.courierRating'],
      [{ restaurantRating: 5, comment: 'x'.repeat(1001) }, 'input.comment'],
    ];
    for (const [input, field] of cases)
      expect(errorOf(await submit(customer, { orderId: order.orderId, ...input }))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const review = await reviewOrder(h, order, { restaurantRating: 1, courierRating: 1, comment: 'é'.repeat(1000) });
    expect(review.comment).toHaveLength(1000);
  });

  it("rates the courier once delivery names them, even when orders' DELIVERED arrived first", async () => {
    const customer = user('CUSTOMER');
    const courier = newCourier();
    const order = await placeOrder(h, customer, venue.restaurantId);
    await changeStatus(h, order, 'PICKED_UP', 'DELIVERED', { kind: 'DELIVERY', id: courier.userId });
    await waitForFacts(h, order.orderId, (row) => row['status'] === 'DELIVERED');
    const review = await reviewOrder(h, order, { restaurantRating: 3, courierRating: 2 });
    expect(review).toMatchObject({ courier: null, courierRating: 2 });

    await deliveryDelivered(h, order, courier);
    const named = await h.waitFor(async () => {
      const r = ok(await h.call<{ review: ReviewResult }>(customer, REVIEW, { id: review.id })).review;
      return r.courier ? r : null;
    }, 'the courier to be named');
    expect(named.courier).toEqual({ id: courier.courierId });
    const [aggregate] = await h.dataSource.query<{ rating_sum: number; rating_count: number }[]>(
      `SELECT rating_sum, rating_count FROM rating_aggregates WHERE subject_type = 'COURIER' AND subject_id = $1`,
      [courier.courierId],
    );
    expect(aggregate).toEqual({ rating_sum: 2, rating_count: 1 });
  });
});
