import {
  createDemoRestaurant,
  eventually,
  signUp,
  sleep,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { courierView, createTestCourier, deliveryStep, goOffline, goOnline, waitForOffer, type TestCourier } from './support/couriers';
import { acceptOrder, deliveryOfOrder, KITCHEN_AT, placePaidOrder } from './support/journey';

const OFFER_TIMEOUT_MS = 2000;
const POLL_MS = 200;

describe('dispatch when couriers do not answer or are not there, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;

  beforeAll(async () => {
    sg = await startSupergraph({ env: { OFFER_TIMEOUT: `${OFFER_TIMEOUT_MS}ms`, DISPATCH_POLL_INTERVAL: `${POLL_MS}ms` } });
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Tariq Tacos'), signUp(sg, 'CUSTOMER', 'Hungry Hugo')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Taco Stop', items: [{ name: 'Al pastor', price: 900 }] });
  });
  afterAll(() => sg?.stop());

  const placeAndAccept = async (): Promise<string> => {
    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 2 }]);
    await acceptOrder(sg, partner, order.id);
    return order.id;
  };

  it('offers the delivery to the next courier once the first lets the offer time out', async () => {
    const [silent, eager]: TestCourier[] = await Promise.all([createTestCourier(sg, 'Silent Sam'), createTestCourier(sg, 'Eager Eva')]);
    await goOnline(sg, silent, KITCHEN_AT);
    await goOnline(sg, eager, { lat: 40.02, lng: -75.0 });

    const orderId = await placeAndAccept();
    const first = await waitForOffer(sg, silent, orderId);
    const offeredAt = Date.now();
    expect((await courierView(sg, eager)).offeredDelivery).toBeNull();

    // Sam never answers: after OFFER_TIMEOUT the poller takes the offer back and asks Eva.
    const second = await waitForOffer(sg, eager, orderId, OFFER_TIMEOUT_MS + 5000);
    const waited = Date.now() - offeredAt;
    expect(second.id).toBe(first.id);
    expect(waited).toBeGreaterThanOrEqual(OFFER_TIMEOUT_MS - 500);
    expect((await courierView(sg, silent)).offeredDelivery).toBeNull();
    // Sam's offer is gone for good: accepting it now is refused.
    expect(
      (
        await sg.query(`mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id } }`, {
          token: silent.token,
          variables: { id: first.id },
        })
      ).errors?.[0]?.extensions?.['code'],
    ).toBe('FORBIDDEN');

    const assigned = await deliveryStep(sg, eager, 'acceptDelivery', second.id);
    expect(assigned).toMatchObject({ status: 'ASSIGNED', courier: { name: 'Eager Eva' } });
    expect(await deliveryOfOrder(sg, customer, orderId)).toEqual({ id: first.id, status: 'ASSIGNED' });
    await goOffline(sg, silent);
  });

  it('keeps a delivery waiting while no courier is available and assigns it once one comes online', async () => {
    const late = await createTestCourier(sg, 'Late Lou');
    const orderId = await placeAndAccept();

    const waiting = await eventually(async () => {
      const delivery = await deliveryOfOrder(sg, customer, orderId);
      if (!delivery) throw new Error('no delivery yet');
      return delivery;
    });
    expect(waiting.status).toBe('AWAITING_COURIER');
    // Several dispatch passes and longer than an offer would live: still nobody to give it to.
    await sleep(OFFER_TIMEOUT_MS);
    expect(await deliveryOfOrder(sg, customer, orderId)).toEqual({ id: waiting.id, status: 'AWAITING_COURIER' });

    await goOnline(sg, late, { lat: 40.005, lng: -75.005 });
    const offered = await waitForOffer(sg, late, orderId);
    expect(offered.id).toBe(waiting.id);
    expect((await deliveryStep(sg, late, 'acceptDelivery', offered.id)).status).toBe('ASSIGNED');
    expect(await deliveryOfOrder(sg, customer, orderId)).toEqual({ id: waiting.id, status: 'ASSIGNED' });
  });

  it('still moves a timed-out offer on when the delivery subgraph was down while it expired', async () => {
    const [sleepy, spare]: TestCourier[] = await Promise.all([createTestCourier(sg, 'Sleepy Sid'), createTestCourier(sg, 'Spare Sue')]);
    await goOnline(sg, sleepy, KITCHEN_AT);
    await goOnline(sg, spare, { lat: 40.03, lng: -75.0 });
    const orderId = await placeAndAccept();
    const first = await waitForOffer(sg, sleepy, orderId);

    // The offer's deadline lives in delivery's database, not in a timer of the process.
    await sg.stack.restartSubgraph('delivery', { whileDown: () => sleep(OFFER_TIMEOUT_MS + 500) });

    const second = await waitForOffer(sg, spare, orderId);
    expect(second.id).toBe(first.id);
    expect((await courierView(sg, sleepy)).offeredDelivery).toBeNull();
    expect((await deliveryStep(sg, spare, 'acceptDelivery', second.id)).status).toBe('ASSIGNED');
  });
});
