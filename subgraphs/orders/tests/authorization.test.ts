import { seedVenue, type Venue } from './support/menu-fixtures';
import {
  ACCEPT,
  CANCEL,
  ENTITIES,
  KITCHEN,
  ORDER,
  READY,
  REJECT,
  START_PREPARING,
  errorOf,
  ok,
  type OrderResult,
  type OrderLineResult,
  type OrderPageResult,
} from './support/operations';
import { OrdersHarness, anonymous, user } from './support/orders-harness';
import { admin, placePaid } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
let customer: ReturnType<typeof user>;
let order: OrderResult;
beforeAll(async () => {
  h = await OrdersHarness.start();
  venue = await seedVenue(h);
  customer = user('CUSTOMER');
  order = await placePaid(h, customer, venue);
});
afterAll(async () => {
  await h?.stop();
});

/** One answer of the ENTITIES query: a User, Restaurant or Order. */
interface EntityResult {
  id: string;
  number?: string;
  orders?: OrderPageResult;
}

const ORDER_ID = 'query ($id: ID!) { order(id: $id) { id } }';

describe('who may see and move an order', () => {
  it("shows an order to its customer, its restaurant's owner and admins only", async () => {
    for (const who of [customer, venue.owner, admin])
      expect(ok(await h.call<{ order: OrderResult }>(who, ORDER_ID, { id: order.id })).order.id).toBe(order.id);
    expect(errorOf(await h.call(user('CUSTOMER'), ORDER_ID, { id: order.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(user('PARTNER'), ORDER_ID, { id: order.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(user('COURIER'), ORDER_ID, { id: order.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(anonymous, ORDER_ID, { id: order.id })).code).toBe('UNAUTHENTICATED');
  });

  it('answers null for an order that does not exist', async () => {
    expect(ok(await h.call<{ order: OrderResult }>(customer, ORDER, { id: '0190a000-0000-7000-8000-000000000000' })).order).toBeNull();
    expect(ok(await h.call<{ order: OrderResult }>(customer, ORDER, { id: 'nope' })).order).toBeNull();
  });

  it("lets only the restaurant's owner accept, reject and cook", async () => {
    const otherPartner = user('PARTNER');
    for (const who of [customer, otherPartner, admin, user('COURIER')]) {
      expect(errorOf(await h.call(who, ACCEPT, { orderId: order.id, prepMinutes: 10 })).code).toBe('FORBIDDEN');
      expect(errorOf(await h.call(who, REJECT, { orderId: order.id, reason: 'no' })).code).toBe('FORBIDDEN');
      expect(errorOf(await h.call(who, START_PREPARING, { orderId: order.id })).code).toBe('FORBIDDEN');
      expect(errorOf(await h.call(who, READY, { orderId: order.id })).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await h.call(anonymous, ACCEPT, { orderId: order.id, prepMinutes: 10 })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.call(venue.owner, ACCEPT, { orderId: '0190a000-0000-7000-8000-000000000000', prepMinutes: 10 })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('lets no one but the customer and admins cancel', async () => {
    for (const who of [venue.owner, user('CUSTOMER'), user('COURIER')])
      expect(errorOf(await h.call(who, CANCEL, { orderId: order.id })).code).toBe('FORBIDDEN');
    expect((await h.call<{ order: OrderResult }>(admin, ORDER, { id: order.id })).data!.order.status).toBe('PLACED');
  });

  it('shows the kitchen queue to the owner and admins, oldest first', async () => {
    const second = await placePaid(h, user('CUSTOMER'), venue);
    const queue = ok(
      await h.call<{ kitchenQueue: OrderResult[] }>(venue.owner, KITCHEN, { restaurantId: venue.restaurantId }),
    ).kitchenQueue;
    expect(queue.map((o) => o.id)).toEqual([order.id, second.id]);
    expect(queue[0].lines.map((l: OrderLineResult) => l.status)).toEqual(['QUEUED', 'QUEUED']);
    expect(
      ok(await h.call<{ kitchenQueue: OrderResult[] }>(admin, KITCHEN, { restaurantId: venue.restaurantId })).kitchenQueue,
    ).toHaveLength(2);
    expect(errorOf(await h.call(user('PARTNER'), KITCHEN, { restaurantId: venue.restaurantId })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(customer, KITCHEN, { restaurantId: venue.restaurantId })).code).toBe('FORBIDDEN');
  });

  it('contributes User.orders (self or admin) and Restaurant.orders (owner or admin)', async () => {
    const reps = [
      { __typename: 'User', id: customer.userId },
      { __typename: 'Restaurant', id: venue.restaurantId },
      { __typename: 'Order', id: order.id },
    ];
    const asAdmin = ok(await h.call<{ _entities: EntityResult[] }>(admin, ENTITIES, { reps }))._entities;
    expect(asAdmin[0].orders!.edges.map((e: OrderPageResult['edges'][number]) => e.node.id)).toEqual([order.id]);
    expect(asAdmin[1].orders!.edges.map((e: OrderPageResult['edges'][number]) => e.node.status)).toEqual(['PLACED', 'PLACED']);
    expect(asAdmin[2]).toEqual({ id: order.id, number: order.number });

    const self = await h.call<{ _entities: EntityResult[] }>(customer, ENTITIES, { reps: [reps[0], reps[2]] });
    expect(self.errors).toBeUndefined();
    const owner = await h.call<{ _entities: EntityResult[] }>(venue.owner, ENTITIES, { reps: [reps[1], reps[2]] });
    expect(owner.errors).toBeUndefined();

    expect(errorOf(await h.call(user('CUSTOMER'), ENTITIES, { reps: [reps[0]] })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(customer, ENTITIES, { reps: [reps[1]] })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.call(user('CUSTOMER'), ENTITIES, { reps: [reps[2]] })).code).toBe('FORBIDDEN');
  });
});
