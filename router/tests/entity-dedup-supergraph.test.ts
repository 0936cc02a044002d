import type { ApolloServer } from '@apollo/server';
import { encodeIdentity } from '@foodgraph/platform/auth';
import {
  createDemoRestaurant,
  dataOf,
  eventually,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { readFileSync } from 'node:fs';
import { DEFAULT_SUPERGRAPH_PATH } from '../src';
import { startStockGateway, type StockContext } from './fixtures/stock-gateway';

// Every menu item names its restaurant's owner: one partner owns both restaurants, so the
// users fetch repeats the same representation for every item and every restaurant.
const LISTING = `{
  restaurants(first: 20) {
    edges { node { id name rating reviewCount owner { id name } menu { id name price { amount currency } restaurant { id name owner { id name } } } } }
  }
}`;

/** An order as its customer reads it: orders, menu, users, delivery and feedback in one query. */
const ORDER_DETAIL = `query OrderDetail($id: ID!) {
  order(id: $id) {
    id number status
    total { amount currency }
    customer { id name }
    lines { name quantity menuItem { id name restaurant { name owner { name } } } }
    restaurant { name rating reviewCount owner { name } }
    delivery { status distanceMeters courier { name rating } }
    review { restaurantRating }
    history { status actor { id name } }
  }
}`;

describe('the router answers exactly as stock @apollo/gateway on our own supergraph', () => {
  let supergraph: TestSupergraph;
  let stock: ApolloServer<StockContext>;
  let customer: SignedIn;
  let orderId: string;

  beforeAll(async () => {
    supergraph = await startSupergraph();
    const urls = Object.fromEntries(Object.entries(supergraph.stack.subgraphs).map(([name, s]) => [name, s.url]));
    stock = await startStockGateway(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'), urls, supergraph.routerSecret);

    const partner = await signUp(supergraph, 'PARTNER', 'Rosa Ramen');
    customer = await signUp(supergraph, 'CUSTOMER', 'Hungry Hana');
    const [venue] = await Promise.all([
      createDemoRestaurant(supergraph, partner, {
        items: [
          { name: 'Shoyu ramen', price: 1300 },
          { name: 'Gyoza', price: 550 },
        ],
      }),
      createDemoRestaurant(supergraph, partner, { items: [{ name: 'Mochi', price: 400 }] }),
    ]);
    // An order that was paid and accepted: delivery has created its delivery for it.
    const lines = venue.items.map((item, i) => ({ menuItemId: item.id, quantity: i + 1 }));
    const placed = orderOf(await placeOrder(supergraph, customer, { restaurantId: venue.id, lines }), 'placeOrder');
    const awaiting = await waitForOrder(supergraph, customer, placed.id, 'AWAITING_PAYMENT');
    expect((await payBySandboxWebhook(supergraph, awaiting)).status).toBe(200);
    await waitForOrder(supergraph, customer, placed.id, 'PLACED');
    orderOf(await orderMutation(supergraph, partner, 'accept', { orderId: placed.id, prepMinutes: 10 }), 'acceptOrder');
    await eventually(async () => {
      const read = await supergraph.query<{ order: { delivery: unknown } }>('query($id: ID!) { order(id: $id) { delivery { id } } }', {
        token: customer.token,
        variables: { id: placed.id },
      });
      if (!dataOf(read, 'delivery').order.delivery) throw new Error('no delivery yet');
    }, 15_000);
    orderId = placed.id;
  }, 120_000);
  afterAll(async () => {
    await stock?.stop();
    await supergraph?.stop();
  });

  async function stockAnswer(query: string, variables?: Record<string, unknown>, context: StockContext = {}): Promise<unknown> {
    const { body } = await stock.executeOperation({ query, variables }, { contextValue: context });
    if (body.kind !== 'single') throw new Error('expected a single result');
    return JSON.parse(JSON.stringify(body.singleResult)) as unknown;
  }

  it('answers a restaurant listing with repeated owners', async () => {
    const ours = await supergraph.query(LISTING);
    expect(ours.errors).toBeUndefined();
    const edges = (ours.data as { restaurants: { edges: { node: { menu: unknown[] } }[] } }).restaurants.edges;
    expect(edges.length).toBe(2);
    expect(edges.every((e) => e.node.menu.length > 0)).toBe(true);
    expect({ data: ours.data }).toEqual(await stockAnswer(LISTING));
  });

  it('answers an order detail across all five subgraphs, as the order’s customer', async () => {
    const ours = await supergraph.query(ORDER_DETAIL, { token: customer.token, variables: { id: orderId } });
    expect(ours.errors).toBeUndefined();
    const order = (ours.data as { order: { status: string; delivery: { status: string } | null; lines: unknown[] } }).order;
    expect(order.status).toBe('ACCEPTED');
    expect(order.delivery).not.toBeNull();
    expect(order.lines).toHaveLength(2);

    const identity = encodeIdentity({ kind: 'user', userId: customer.id, role: 'CUSTOMER', isGuest: false });
    expect({ data: ours.data }).toEqual(await stockAnswer(ORDER_DETAIL, { id: orderId }, { identityHeader: identity }));
  });

  it('answers the same order to someone else with the same FORBIDDEN error', async () => {
    const stranger = await signUp(supergraph, 'CUSTOMER', 'Nosy Nick');
    const ours = await supergraph.query(ORDER_DETAIL, { token: stranger.token, variables: { id: orderId } });
    expect(ours.errors?.map((e) => e.extensions?.['code'])).toEqual(['FORBIDDEN']);
    const identity = encodeIdentity({ kind: 'user', userId: stranger.id, role: 'CUSTOMER', isGuest: false });
    const theirs = (await stockAnswer(ORDER_DETAIL, { id: orderId }, { identityHeader: identity })) as {
      data: unknown;
      errors: { message: string; path: unknown; extensions: { code: string } }[];
    };
    expect(ours.data).toEqual(theirs.data);
    expect(ours.errors?.map((e) => [e.message, e.path, e.extensions?.['code']])).toEqual(
      theirs.errors.map((e) => [e.message, e.path, e.extensions.code]),
    );
  });
});
