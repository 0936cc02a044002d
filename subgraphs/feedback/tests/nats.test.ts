import { FeedbackHarness, user } from './support/feedback-harness';
import { deliveredOrder, newCourier, openVenue, reviewOrder } from './support/order-story';

let h: FeedbackHarness;
beforeAll(async () => {
  h = await FeedbackHarness.start({ bus: 'nats' });
});
afterAll(async () => {
  await h?.stop();
});

describe('feedback over NATS JetStream', () => {
  it('builds its read models from orders, delivery and menu streams and publishes feedback.review.submitted', async () => {
    const venue = await openVenue(h);
    const courier = newCourier();
    const order = await deliveredOrder(h, user('CUSTOMER'), venue.restaurantId, courier);
    const review = await reviewOrder(h, order, { restaurantRating: 5, courierRating: 4 });
    const event = await h.waitForEvent(review.id, 'feedback.review.submitted');
    expect(event).toMatchObject({
      type: 'feedback.review.submitted',
      producer: 'feedback',
      data: {
        orderId: order.orderId,
        restaurantId: venue.restaurantId,
        courierId: courier.courierId,
        restaurantRating: 5,
        courierRating: 4,
      },
    });
  });
});
