import {
  connectLive,
  createDemoRestaurant,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createTestCourier, goOnline, waitForOffer } from './support/couriers';
import { acceptOrder, KITCHEN_AT, placePaidOrder } from './support/journey';
import { upstreamLive, upstreamOf } from './support/live';

interface ExpiringDelivery {
  id: string;
  status: string;
  offerExpiresAt: string | null;
}

// The delivery subgraph's default offer timeout (OFFER_TIMEOUT).
const OFFER_TIMEOUT_MS = 60_000;

/** The courier app counts down to the end of an offer, so the offer says when it ends. */
describe('an offered delivery tells its courier when the offer ends, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    sg = await startSupergraph();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Edda Expiry'), signUp(sg, 'CUSTOMER', 'Carl Countdown')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Countdown Kitchen', items: [{ name: 'Dumplings', price: 800 }] });
    // Starting five subgraphs and a router is slow on a busy machine.
  }, 180_000);
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await sg?.stop();
  });

  it('shows offerExpiresAt to the offered courier, live and on the profile, to nobody else, and not once accepted', async () => {
    const rider = await createTestCourier(sg, 'Tilda Timer');
    await goOnline(sg, rider, KITCHEN_AT);
    const live = connectLive(sg.url, { token: rider.token });
    clients.push(live);
    const offers = live.subscribe<{ deliveryOffers: ExpiringDelivery }>('subscription { deliveryOffers { id status offerExpiresAt } }');
    await upstreamLive(() => upstreamOf(sg, 'delivery'), 1);

    const order = await placePaidOrder(sg, customer, venue, [{ menuItemId: venue.items[0].id, quantity: 1 }]);
    const acceptedAt = Date.now();
    await acceptOrder(sg, partner, order.id);
    const offered = await waitForOffer(sg, rider, order.id);

    const [pushed] = await offers.waitForResults(1);
    expect(pushed?.errors).toBeUndefined();
    const liveEnd = Date.parse(pushed.data!.deliveryOffers.offerExpiresAt ?? '');
    // The offer was made after the restaurant accepted, and lasts the offer timeout.
    expect(liveEnd).toBeGreaterThanOrEqual(acceptedAt + OFFER_TIMEOUT_MS - 1_000);
    expect(liveEnd).toBeLessThanOrEqual(Date.now() + OFFER_TIMEOUT_MS + 1_000);

    const profile = await sg.query<{ myCourierProfile: { offeredDelivery: ExpiringDelivery | null } }>(
      'query { myCourierProfile { offeredDelivery { id offerExpiresAt } } }',
      { token: rider.token },
    );
    expect(profile.errors).toBeUndefined();
    expect(profile.data?.myCourierProfile.offeredDelivery).toEqual({ id: offered.id, offerExpiresAt: new Date(liveEnd).toISOString() });

    // The restaurant's owner may read the delivery, but the offer's clock is the courier's business.
    const owners = await sg.query<{ delivery: ExpiringDelivery }>('query($id: ID!) { delivery(id: $id) { id offerExpiresAt } }', {
      token: partner.token,
      variables: { id: offered.id },
    });
    expect(owners.errors).toBeUndefined();
    expect(owners.data?.delivery.offerExpiresAt).toBeNull();

    const accepted = await sg.query<{ acceptDelivery: ExpiringDelivery }>(
      'mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id status offerExpiresAt } }',
      { token: rider.token, variables: { id: offered.id } },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptDelivery).toEqual({ id: offered.id, status: 'ASSIGNED', offerExpiresAt: null });
  });
});
