import {
  connectLive,
  createDemoRestaurant,
  dataOf,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createTestCourier, goOnline, waitForOffer, type TestCourier } from './support/couriers';
import { acceptOrder, KITCHEN_AT, placePaidOrder } from './support/journey';
import { upstreamLive, upstreamOf } from './support/live';

/** What a courier app shows of an offered or assigned order. */
const COURIER_ORDER = `order {
  id number restaurant { name } deliveryAddress { line1 city location { lat lng } }
  lines { name quantity } total { amount currency }
  customer { email } payment { qrCode providerReference }
}`;

interface CourierOrder {
  id: string;
  number: string;
  restaurant: { name: string };
  deliveryAddress: { line1: string; city: string };
  lines: { name: string; quantity: number }[];
  total: { amount: number; currency: string };
  customer: { email: string | null };
  payment: { qrCode: string | null; providerReference: string | null };
}

interface CourierDelivery {
  id: string;
  status: string;
  order: CourierOrder;
}

describe('the courier offered a delivery sees its order, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    sg = await startSupergraph();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Olga Offers'), signUp(sg, 'CUSTOMER', 'Vera Visible')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Offer Kitchen', items: [{ name: 'Pierogi', price: 700 }] });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await sg?.stop();
  });

  const expectCourierView = (order: CourierOrder, orderId: string) => {
    expect(order).toMatchObject({
      id: orderId,
      restaurant: { name: 'Offer Kitchen' },
      deliveryAddress: { line1: 'Customer Road 5', city: 'Springfield' },
      lines: [{ name: 'Pierogi', quantity: 3 }],
      total: { amount: expect.any(Number) as number, currency: expect.any(String) as string },
    });
    // Not the customer's contact details, nor the payment's.
    expect(order.customer.email).toBeNull();
    expect(order.payment).toEqual({ qrCode: null, providerReference: null });
  };

  it('lets the offered courier read the order in the offer, the live offer and the accept answer, and nobody else', async () => {
    const [rider, bystander]: TestCourier[] = await Promise.all([
      createTestCourier(sg, 'Oscar Offered'),
      createTestCourier(sg, 'Nina Nearby'),
    ]);
    await goOnline(sg, rider, KITCHEN_AT);
    const live = connectLive(sg.url, { token: rider.token });
    clients.push(live);
    const offers = live.subscribe<{ deliveryOffers: CourierDelivery }>(`subscription { deliveryOffers { id status ${COURIER_ORDER} } }`);
    await upstreamLive(() => upstreamOf(sg, 'delivery'), 1);

    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 3 }]);
    await acceptOrder(sg, partner, order.id);
    const offered = await waitForOffer(sg, rider, order.id);

    // The live offer: the order is there, with no error.
    const [pushed] = await offers.waitForResults(1);
    expect(pushed?.errors).toBeUndefined();
    expect(pushed?.data?.deliveryOffers.status).toBe('AWAITING_COURIER');
    expectCourierView(pushed.data!.deliveryOffers.order, order.id);

    // The pending offer on the profile.
    const profile = await sg.query<{ myCourierProfile: { offeredDelivery: CourierDelivery } }>(
      `query { myCourierProfile { offeredDelivery { id status ${COURIER_ORDER} } } }`,
      { token: rider.token },
    );
    expect(profile.errors).toBeUndefined();
    expectCourierView(dataOf(profile, 'offeredDelivery').myCourierProfile.offeredDelivery.order, order.id);

    // A courier the order was never offered to still may not read it.
    const stranger = await sg.query('query($id: ID!) { order(id: $id) { number } }', {
      token: bystander.token,
      variables: { id: order.id },
    });
    expect(stranger.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    // The accept answers with the order at once, not a FORBIDDEN for a change that committed.
    const accepted = await sg.query<{ acceptDelivery: CourierDelivery }>(
      `mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id status ${COURIER_ORDER} } }`,
      { token: rider.token, variables: { id: offered.id } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptDelivery.status).toBe('ASSIGNED');
    expectCourierView(accepted.data!.acceptDelivery.order, order.id);

    // The customer still sees everything of their own order.
    const own = await sg.query<{ order: CourierOrder }>(`query($id: ID!) { ${COURIER_ORDER.replace('order {', 'order(id: $id) {')} }`, {
      token: customer.token,
      variables: { id: order.id },
    });
    expect(own.data?.order.customer.email).toEqual(expect.stringContaining('@'));
    expect(own.data?.order.payment.providerReference).not.toBeNull();
  });
});
