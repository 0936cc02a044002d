import {
  connectLive,
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  login,
  loginAdmin,
  ORDER_OPS,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type GraphQLResult,
  type LiveClient,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { KITCHEN_FEED, upstreamLive, upstreamOf } from './support/live';

/*
 * Issue 16, kitchen staff, through the router: an owner adds a STAFF account to a restaurant;
 * the cook runs that kitchen (queue, live feed, accept, cook, per-dish, ready, dish
 * availability and stock) and nothing else; removing them ends their open feed with FORBIDDEN.
 * Coupons are not built yet, so "refused on coupons" is not checked here.
 */

const ADD_STAFF = `mutation AddStaff($restaurantId: ID!, $input: StaffMemberInput!) {
  addRestaurantStaff(restaurantId: $restaurantId, input: $input) { id name email phone role }
}`;
const REMOVE_STAFF = `mutation RemoveStaff($restaurantId: ID!, $userId: ID!) { removeRestaurantStaff(restaurantId: $restaurantId, userId: $userId) }`;
const STAFF_OF = `query Staff($id: ID!) { restaurant(id: $id) { id staff { id name email } } }`;
const WORKS_AT = `query WorksAt { me { id role worksAt { id name } } }`;
const UPDATE_ITEM = `mutation UpdateItem($id: ID!, $input: UpdateMenuItemInput!) { updateMenuItem(id: $id, input: $input) { id available stock price { amount } } }`;
const UPDATE_RESTAURANT = `mutation UpdateRestaurant($id: ID!, $input: UpdateRestaurantInput!) { updateRestaurant(id: $id, input: $input) { id name } }`;
const SET_OPEN = `mutation SetOpen($id: ID!, $open: Boolean!) { setRestaurantOpen(id: $id, open: $open) { id } }`;

interface StaffUser {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
}

let sg: TestSupergraph;
let owner: SignedIn;
let otherOwner: SignedIn;
let customer: SignedIn;
let venue: DemoRestaurant;
let otherVenue: DemoRestaurant;
let cook: SignedIn;
const clients: LiveClient[] = [];
const cookInput = { email: `cook-${Date.now()}@test.foodgraph`, password: 'sizzling-pans-42', name: 'Carla Cook', phone: '+5511987654321' };

const orders = () => upstreamOf(sg, 'orders');

/** The data of a request that must succeed. */
const answer = <T>(result: GraphQLResult<T>): T => dataOf(result, 'kitchen staff request');

/** A paid order of `customer` at `restaurant`, once it waits for the kitchen. */
async function placedOrder(restaurant: DemoRestaurant): Promise<TestOrder> {
  const placed = orderOf(
    await placeOrder(sg, customer, { restaurantId: restaurant.id, lines: [{ menuItemId: restaurant.items[0].id, quantity: 1 }] }),
    'placeOrder',
  );
  const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
  expect((await payBySandboxWebhook(sg, awaiting)).status).toBe(200);
  return waitForOrder(sg, customer, placed.id, 'PLACED');
}

/** The error codes a subscription ended with, whether sent as `error` or as a last result. */
function endCodes(watch: { error: unknown; results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[] }): unknown[] {
  const errors = Array.isArray(watch.error)
    ? (watch.error as { extensions?: Record<string, unknown> }[])
    : (watch.results.at(-1)?.errors ?? []);
  return errors.map((e) => e.extensions?.['code']);
}

beforeAll(async () => {
  sg = await startSupergraph();
  [owner, otherOwner, customer] = await Promise.all([
    signUp(sg, 'PARTNER', 'Olga Owner'),
    signUp(sg, 'PARTNER', 'Pedro Other'),
    signUp(sg, 'CUSTOMER', 'Hungry Hank'),
  ]);
  [venue, otherVenue] = await Promise.all([
    createDemoRestaurant(sg, owner, { name: 'Staffed Bistro', items: [{ name: 'Feijoada', price: 2400, stock: 10 }] }),
    createDemoRestaurant(sg, otherOwner, { name: 'Elsewhere Grill', items: [{ name: 'Picanha', price: 3100 }] }),
  ]);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await sg?.stop();
});

describe('adding kitchen staff', () => {
  it('creates a STAFF account for the owner, answers a retry with the same user, and refuses others', async () => {
    const added = answer(
      await sg.query<{ addRestaurantStaff: StaffUser }>(ADD_STAFF, {
        token: owner.token,
        variables: { restaurantId: venue.id, input: cookInput },
      }),
    ).addRestaurantStaff;
    expect(added).toMatchObject({ name: 'Carla Cook', email: cookInput.email, phone: '+5511987654321', role: 'STAFF' });

    const retried = answer(
      await sg.query<{ addRestaurantStaff: StaffUser }>(ADD_STAFF, {
        token: owner.token,
        variables: { restaurantId: venue.id, input: cookInput },
      }),
    ).addRestaurantStaff;
    expect(retried.id).toBe(added.id);

    // Someone else's restaurant, and the same email at another owner's restaurant.
    const foreign = await sg.query(ADD_STAFF, {
      token: otherOwner.token,
      variables: { restaurantId: venue.id, input: { ...cookInput, email: `x-${cookInput.email}` } },
    });
    expect(errorCodes(foreign)).toEqual(['FORBIDDEN']);
    const poached = await sg.query(ADD_STAFF, { token: otherOwner.token, variables: { restaurantId: otherVenue.id, input: cookInput } });
    expect(errorCodes(poached)).toEqual(['CONFLICT']);
    const weak = await sg.query<unknown>(ADD_STAFF, {
      token: owner.token,
      variables: { restaurantId: venue.id, input: { ...cookInput, email: `weak-${cookInput.email}`, password: 'short' } },
    });
    expect(errorCodes(weak)).toEqual(['BAD_USER_INPUT']);
    expect((weak.errors?.[0]?.extensions as Record<string, unknown>)['field']).toBe('input.password');

    const staff = answer(
      await sg.query<{ restaurant: { staff: { id: string; email: string }[] } }>(STAFF_OF, {
        token: owner.token,
        variables: { id: venue.id },
      }),
    );
    expect(staff.restaurant.staff).toEqual([{ id: added.id, name: 'Carla Cook', email: cookInput.email }]);
    const admin = await loginAdmin(sg);
    expect(
      answer(await sg.query<{ restaurant: { staff: unknown[] } }>(STAFF_OF, { token: admin.token, variables: { id: venue.id } })).restaurant
        .staff,
    ).toHaveLength(1);
    expect(errorCodes(await sg.query(STAFF_OF, { token: otherOwner.token, variables: { id: venue.id } }))).toEqual(['FORBIDDEN']);

    // Kitchen staff exist only as someone's staff: an admin cannot make a loose STAFF account.
    const loose = await sg.query('mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }', {
      token: admin.token,
      variables: { input: { ...cookInput, email: `loose-${cookInput.email}`, role: 'STAFF' } },
    });
    expect(errorCodes(loose)).toEqual(['BAD_USER_INPUT']);
    expect((loose.errors?.[0]?.extensions as Record<string, unknown>)['field']).toBe('input.role');

    cook = await login(sg, cookInput.email, cookInput.password);
    const me = answer(await sg.query<{ me: { role: string; worksAt: { id: string; name: string }[] } }>(WORKS_AT, { token: cook.token }));
    expect(me.me).toMatchObject({ role: 'STAFF', worksAt: [{ id: venue.id, name: 'Staffed Bistro' }] });
  });
});

describe('a STAFF user in the kitchen', () => {
  it('runs the kitchen of their restaurant: queue, accept, cook, per dish, ready, dish availability and stock', async () => {
    const order = await placedOrder(venue);
    const queue = await eventually(async () => {
      const r = answer(
        await sg.query<{ kitchenQueue: { id: string }[] }>(ORDER_OPS.kitchenQueue, {
          token: cook.token,
          variables: { restaurantId: venue.id },
        }),
      );
      expect(r.kitchenQueue.map((o) => o.id)).toContain(order.id);
      return r.kitchenQueue;
    });
    expect(queue.length).toBeGreaterThan(0);
    const accepted = orderOf(await orderMutation(sg, cook, 'accept', { orderId: order.id, prepMinutes: 15 }), 'acceptOrder');
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.history.at(-1)?.actor?.id).toBe(cook.id);
    orderOf(await orderMutation(sg, cook, 'startPreparing', { orderId: order.id }), 'startPreparing');
    const cooking = orderOf(
      await orderMutation(sg, cook, 'setLineStatus', { orderId: order.id, lineId: accepted.lines[0].id, status: 'COOKING' }),
      'setLineStatus',
    );
    expect(cooking.lines[0].status).toBe('COOKING');
    expect(orderOf(await orderMutation(sg, cook, 'markReady', { orderId: order.id }), 'markOrderReady').status).toBe('READY_FOR_PICKUP');

    const rejectable = await placedOrder(venue);
    expect(orderOf(await orderMutation(sg, cook, 'reject', { orderId: rejectable.id, reason: 'Out of beans' }), 'rejectOrder').status).toBe(
      'REJECTED',
    );

    const item = venue.items[0];
    const switched = answer(
      await sg.query<{ updateMenuItem: { available: boolean; stock: number | null; price: { amount: number } } }>(UPDATE_ITEM, {
        token: cook.token,
        variables: { id: item.id, input: { available: false, stock: 3 } },
      }),
    ).updateMenuItem;
    expect(switched).toMatchObject({ available: false, stock: 3, price: { amount: 2400 } });
    const back = await sg.query(UPDATE_ITEM, { token: cook.token, variables: { id: item.id, input: { available: true, stock: null } } });
    expect(back.errors).toBeUndefined();
  });

  it('is refused on another restaurant, on prices, on restaurant details and on staff', async () => {
    const elsewhere = await placedOrder(otherVenue);
    expect(errorCodes(await sg.query(ORDER_OPS.kitchenQueue, { token: cook.token, variables: { restaurantId: otherVenue.id } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await orderMutation(sg, cook, 'accept', { orderId: elsewhere.id, prepMinutes: 10 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ORDER_OPS.read, { token: cook.token, variables: { id: elsewhere.id } }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await sg.query(UPDATE_ITEM, { token: cook.token, variables: { id: otherVenue.items[0].id, input: { available: false } } }),
      ),
    ).toEqual(['FORBIDDEN']);
    const foreignFeed = live(cook).subscribe(KITCHEN_FEED, { restaurantId: otherVenue.id });
    await foreignFeed.ended;
    expect(endCodes(foreignFeed)).toEqual(['FORBIDDEN']);

    // Prices and the rest of a dish, restaurant details, the open switch, staff.
    const item = venue.items[0];
    for (const input of [{ price: 100 }, { name: 'Cheap stew' }, { available: true, price: 100 }]) {
      expect(errorCodes(await sg.query(UPDATE_ITEM, { token: cook.token, variables: { id: item.id, input } }))).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(await sg.query(UPDATE_RESTAURANT, { token: cook.token, variables: { id: venue.id, input: { name: 'Mine now' } } })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(SET_OPEN, { token: cook.token, variables: { id: venue.id, open: false } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(STAFF_OF, { token: cook.token, variables: { id: venue.id } }))).toEqual(['FORBIDDEN']);
    const hire = await sg.query(ADD_STAFF, {
      token: cook.token,
      variables: { restaurantId: venue.id, input: { ...cookInput, email: `friend-${cookInput.email}` } },
    });
    expect(errorCodes(hire)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(REMOVE_STAFF, { token: cook.token, variables: { restaurantId: venue.id, userId: cook.id } }))).toEqual(
      ['FORBIDDEN'],
    );
  });
});

describe('removing kitchen staff', () => {
  it("ends the removed user's open kitchen feed with FORBIDDEN at once, and their kitchen access with it", async () => {
    const ownersFeed = live(owner).subscribe<{ restaurantOrderFeed: { id: string } }>(KITCHEN_FEED, { restaurantId: venue.id });
    const cooksFeed = live(cook).subscribe<{ restaurantOrderFeed: { id: string } }>(KITCHEN_FEED, { restaurantId: venue.id });
    await upstreamLive(orders, 2);
    const before = await placedOrder(venue);
    await cooksFeed.waitForData((d) => d.restaurantOrderFeed.id === before.id);

    expect(
      answer(
        await sg.query<{ removeRestaurantStaff: boolean }>(REMOVE_STAFF, {
          token: owner.token,
          variables: { restaurantId: venue.id, userId: cook.id },
        }),
      ).removeRestaurantStaff,
    ).toBe(true);
    await cooksFeed.ended;
    expect(endCodes(cooksFeed)).toEqual(['FORBIDDEN']);
    await upstreamLive(orders, 1);

    // The owner's feed goes on; the removed cook sees nothing more of the restaurant.
    const after = await placedOrder(venue);
    await ownersFeed.waitForData((d) => d.restaurantOrderFeed.id === after.id);
    expect(
      cooksFeed.results.some((r) => (r.data as { restaurantOrderFeed?: { id: string } } | null)?.restaurantOrderFeed?.id === after.id),
    ).toBe(false);
    expect(errorCodes(await sg.query(ORDER_OPS.kitchenQueue, { token: cook.token, variables: { restaurantId: venue.id } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await orderMutation(sg, cook, 'accept', { orderId: after.id, prepMinutes: 5 }))).toEqual(['FORBIDDEN']);
    await eventually(async () =>
      expect(
        errorCodes(await sg.query(UPDATE_ITEM, { token: cook.token, variables: { id: venue.items[0].id, input: { available: true } } })),
      ).toEqual(['FORBIDDEN']),
    );
    expect(answer(await sg.query<{ me: { worksAt: unknown[] } }>(WORKS_AT, { token: cook.token })).me.worksAt).toEqual([]);
    expect(
      answer(await sg.query<{ restaurant: { staff: unknown[] } }>(STAFF_OF, { token: owner.token, variables: { id: venue.id } })).restaurant
        .staff,
    ).toEqual([]);
    // A retry of the removal changes nothing.
    expect(
      answer(
        await sg.query<{ removeRestaurantStaff: boolean }>(REMOVE_STAFF, {
          token: owner.token,
          variables: { restaurantId: venue.id, userId: cook.id },
        }),
      ).removeRestaurantStaff,
    ).toBe(true);
    ownersFeed.dispose();
  });
});

/** A graphql-ws connection to the router, disposed after the file. */
function live(user: SignedIn): LiveClient {
  const client = connectLive(sg.url, { token: user.token });
  clients.push(client);
  return client;
}
