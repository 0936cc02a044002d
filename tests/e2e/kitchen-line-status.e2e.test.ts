import {
  connectLive,
  createDemoRestaurant,
  orderMutation,
  orderOf,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { acceptOrder, placePaidOrder } from './support/journey';
import { upstreamLive, upstreamOf } from './support/live';

interface LiveLines {
  id: string;
  status: string;
  lines: { id: string; name: string; status: string }[];
}

const WATCH_ORDER = `subscription Watch($orderId: ID!) { orderUpdated(orderId: $orderId) { id status lines { id name status } } }`;
const KITCHEN = `subscription Kitchen($restaurantId: ID!) { restaurantOrderFeed(restaurantId: $restaurantId) { id status lines { id name status } } }`;

describe('per-dish kitchen status is pushed live, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    sg = await startSupergraph();
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Kai Kitchen'), signUp(sg, 'CUSTOMER', 'Lina Lines')]);
    venue = await createDemoRestaurant(sg, partner, {
      name: 'Line Diner',
      items: [
        { name: 'Soup', price: 500 },
        { name: 'Bread', price: 200 },
      ],
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await sg?.stop();
  });

  it('reaches orderUpdated and restaurantOrderFeed when the kitchen moves one line, in order', async () => {
    const order = await placePaidOrder(sg, customer, venue, [
      { menuItemId: venue.items[0].id, quantity: 1 },
      { menuItemId: venue.items[1].id, quantity: 2 },
    ]);
    const customerLive = connectLive(sg.url, { token: customer.token });
    const kitchenLive = connectLive(sg.url, { token: partner.token });
    clients.push(customerLive, kitchenLive);
    const watch = customerLive.subscribe<{ orderUpdated: LiveLines }>(WATCH_ORDER, { orderId: order.id });
    const feed = kitchenLive.subscribe<{ restaurantOrderFeed: LiveLines }>(KITCHEN, { restaurantId: venue.id });
    await upstreamLive(() => upstreamOf(sg, 'orders'), 2);

    const accepted = await acceptOrder(sg, partner, order.id);
    const soup = accepted.lines.find((line) => line.name === 'Soup')!;
    // The acceptance has reached both screens: whatever they get from now on is a line change.
    await watch.waitForData((d) => d.orderUpdated.status === 'ACCEPTED');
    await feed.waitForData((d) => d.restaurantOrderFeed.status === 'ACCEPTED');
    const before = { watch: watch.results.length, feed: feed.results.length };

    const setLine = async (status: string) =>
      orderOf(await orderMutation(sg, partner, 'setLineStatus', { orderId: order.id, lineId: soup.id, status }), 'setLineStatus');
    await setLine('COOKING');
    // A retried tap with the same status answers the order and pushes nothing new.
    expect((await setLine('COOKING')).lines.find((l) => l.id === soup.id)?.status).toBe('COOKING');
    await setLine('DONE');

    const soupIs = (status: string) => (o: LiveLines) => o.id === order.id && o.lines.some((l) => l.id === soup.id && l.status === status);
    await watch.waitForData((d) => soupIs('DONE')(d.orderUpdated));
    await feed.waitForData((d) => soupIs('DONE')(d.restaurantOrderFeed));

    const pushed = [
      watch.results.slice(before.watch).map((r) => r.data!.orderUpdated),
      feed.results.slice(before.feed).map((r) => r.data!.restaurantOrderFeed),
    ];
    for (const seen of pushed) {
      // One push per line change: two (the retried tap changed nothing), the last showing DONE.
      expect(seen).toHaveLength(2);
      expect(seen.at(-1)?.lines.find((l) => l.id === soup.id)?.status).toBe('DONE');
      expect(seen.every((o) => o.status === 'ACCEPTED')).toBe(true);
    }
  });
});
