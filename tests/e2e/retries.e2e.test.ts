import {
  createDemoRestaurant,
  orderMutation,
  orderOf,
  placeOrder,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createTestCourier, deliveryMutation, deliveryStep, goOnline, waitForOffer } from './support/couriers';
import { acceptOrder, KITCHEN_AT, pickUpOnceReady, placePaidOrder } from './support/journey';

/** The error code of a result, or 'ok'. */
const outcome = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.['code'] ?? 'ok';

describe('retried commands are safe, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;

  beforeAll(async () => {
    sg = await startSupergraph();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Rita Retry'), signUp(sg, 'CUSTOMER', 'Ray Again')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Twice Bistro', items: [{ name: 'Gnocchi', price: 1100 }] });
  });
  afterAll(() => sg?.stop());

  it('answers the current state when the same courier or kitchen repeats a step that already committed', async () => {
    const rider = await createTestCourier(sg, 'Rory Repeat');
    await goOnline(sg, rider, KITCHEN_AT);
    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 1 }]);
    await acceptOrder(sg, partner, order.id);
    // The kitchen's retried accept: the order as it is, not INVALID_STATE_TRANSITION.
    expect(orderOf(await orderMutation(sg, partner, 'accept', { orderId: order.id, prepMinutes: 10 }), 'accept again').status).toBe(
      'ACCEPTED',
    );

    const offered = await waitForOffer(sg, rider, order.id);
    await deliveryStep(sg, rider, 'acceptDelivery', offered.id);
    expect((await deliveryStep(sg, rider, 'acceptDelivery', offered.id)).status).toBe('ASSIGNED');

    for (const step of ['startPreparing', 'startPreparing', 'markReady', 'markReady'] as const)
      orderOf(await orderMutation(sg, partner, step, { orderId: order.id }), `${step} (repeated)`);

    await pickUpOnceReady(sg, rider, offered.id);
    const again = await deliveryMutation(sg, rider, 'markPickedUp', offered.id);
    expect(outcome(again)).toBe('ok');
    expect(again.data?.['markPickedUp']?.status).toBe('PICKED_UP');

    await deliveryStep(sg, rider, 'markDelivered', offered.id);
    expect((await deliveryStep(sg, rider, 'markDelivered', offered.id)).status).toBe('DELIVERED');

    // Someone else repeating it is still refused; so is a step back.
    const other = await createTestCourier(sg, 'Otto Other');
    expect(outcome(await deliveryMutation(sg, other, 'markPickedUp', offered.id))).toBe('FORBIDDEN');
    expect(outcome(await deliveryMutation(sg, rider, 'markPickedUp', offered.id))).toBe('INVALID_STATE_TRANSITION');
  });

  it('answers CONFLICT for the same idempotencyKey with other lines, and the first order for a true retry', async () => {
    const key = `retry-${Date.now()}`;
    const first = orderOf(
      await placeOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: venue.items[0].id, quantity: 1 }],
        idempotencyKey: key,
      }),
      'placeOrder',
    );
    const retried = await placeOrder(sg, customer, {
      restaurantId: venue.id,
      lines: [{ menuItemId: venue.items[0].id, quantity: 1 }],
      idempotencyKey: key,
    });
    expect(retried.data?.placeOrder.id).toBe(first.id);
    const changed = await placeOrder(sg, customer, {
      restaurantId: venue.id,
      lines: [{ menuItemId: venue.items[0].id, quantity: 4 }],
      idempotencyKey: key,
    });
    expect(outcome(changed)).toBe('CONFLICT');
  });
});
