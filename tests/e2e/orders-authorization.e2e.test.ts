import {
  createDemoRestaurant,
  errorCodes,
  ORDER_OPS,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';

describe('who may see and move an order, through the router', () => {
  let sg: TestSupergraph;
  let customer: SignedIn;
  let otherCustomer: SignedIn;
  let owner: SignedIn;
  let otherPartner: SignedIn;
  let courier: SignedIn;
  let venue: DemoRestaurant;
  let otherVenue: DemoRestaurant;
  let order: TestOrder;

  beforeAll(async () => {
    sg = await startSupergraph();
    [customer, otherCustomer, owner, otherPartner, courier] = await Promise.all([
      signUp(sg, 'CUSTOMER'),
      signUp(sg, 'CUSTOMER'),
      signUp(sg, 'PARTNER'),
      signUp(sg, 'PARTNER'),
      signUp(sg, 'COURIER'),
    ]);
    [venue, otherVenue] = await Promise.all([
      createDemoRestaurant(sg, owner, { items: [{ name: 'Tacos', price: 800 }] }),
      createDemoRestaurant(sg, otherPartner, { items: [{ name: 'Burritos', price: 950 }] }),
    ]);
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 2 }] }),
      'placeOrder',
    );
    const awaiting = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    expect((await payBySandboxWebhook(sg, awaiting)).status).toBe(200);
    order = await waitForOrder(sg, customer, placed.id, 'PLACED');
  });
  afterAll(() => sg?.stop());

  const readAs = (who: SignedIn | null) =>
    sg.query<{ order: TestOrder | null }>(ORDER_OPS.read, { ...(who ? { token: who.token } : {}), variables: { id: order.id } });
  const restaurantOrdersAs = (who: SignedIn, restaurantId: string) =>
    sg.query<{ restaurant: { orders: { edges: { node: { id: string } }[] } } | null }>(ORDER_OPS.restaurantOrders, {
      token: who.token,
      variables: { id: restaurantId },
    });
  const kitchenAs = (who: SignedIn, restaurantId: string) =>
    sg.query(ORDER_OPS.kitchenQueue, { token: who.token, variables: { restaurantId } });

  it("shows an order to its customer and its restaurant's owner, and to no other customer, partner or courier", async () => {
    for (const who of [customer, owner]) expect((await readAs(who)).data!.order!.id).toBe(order.id);
    for (const who of [otherCustomer, otherPartner, courier]) {
      const r = await readAs(who);
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
      expect(r.data?.order ?? null).toBeNull();
    }
    expect(errorCodes(await readAs(null))).toEqual(['UNAUTHENTICATED']);

    const mine = await sg.query<{ myOrders: { edges: { node: { id: string } }[] } }>(ORDER_OPS.myOrders, { token: otherCustomer.token });
    expect(mine.data!.myOrders.edges).toEqual([]);
    const courierOrders = await sg.query<{ myOrders: { edges: unknown[] } }>(ORDER_OPS.myOrders, { token: courier.token });
    expect(courierOrders.data?.myOrders.edges ?? []).toEqual([]);
  });

  it("lets another customer neither cancel nor pay someone else's order", async () => {
    expect(errorCodes(await orderMutation(sg, otherCustomer, 'cancel', { orderId: order.id }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await orderMutation(sg, otherCustomer, 'confirmSandboxPayment', { orderId: order.id }))).toEqual(['FORBIDDEN']);
    expect((await readAs(customer)).data!.order!.status).toBe('PLACED');
  });

  it("keeps a partner to their own restaurant's orders, queue and kitchen transitions", async () => {
    expect((await restaurantOrdersAs(owner, venue.id)).data!.restaurant!.orders.edges.map((e) => e.node.id)).toEqual([order.id]);
    expect(errorCodes(await restaurantOrdersAs(otherPartner, venue.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await restaurantOrdersAs(owner, otherVenue.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await kitchenAs(otherPartner, venue.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await kitchenAs(owner, otherVenue.id))).toEqual(['FORBIDDEN']);

    const lineId = order.lines[0].id;
    const moves = [
      ['accept', { orderId: order.id, prepMinutes: 10 }],
      ['reject', { orderId: order.id, reason: 'Not mine, but let us try' }],
      ['startPreparing', { orderId: order.id }],
      ['setLineStatus', { orderId: order.id, lineId, status: 'COOKING' }],
      ['markReady', { orderId: order.id }],
    ] as const;
    for (const [operation, variables] of moves) {
      for (const who of [otherPartner, customer, courier])
        expect([operation, errorCodes(await orderMutation(sg, who, operation, variables))]).toEqual([operation, ['FORBIDDEN']]);
    }
    expect((await readAs(owner)).data!.order!.status).toBe('PLACED');

    // The owner can.
    const accepted = orderOf(await orderMutation(sg, owner, 'accept', { orderId: order.id, prepMinutes: 10 }), 'acceptOrder');
    expect(accepted.status).toBe('ACCEPTED');
  });

  it('gives a courier nothing of the order side yet, and lets only customers place orders', async () => {
    expect(errorCodes(await kitchenAs(courier, venue.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await restaurantOrdersAs(courier, venue.id))).toEqual(['FORBIDDEN']);
    const lines = [{ menuItemId: venue.items[0].id, quantity: 1 }];
    for (const who of [courier, owner])
      expect(errorCodes(await placeOrder(sg, who, { restaurantId: venue.id, lines }))).toEqual(['FORBIDDEN']);
    const anonymous = await sg.query(ORDER_OPS.place, {
      variables: {
        input: {
          restaurantId: venue.id,
          lines,
          deliveryAddress: { line1: 'x', city: 'y', postalCode: '1' },
          paymentMethod: 'CASH_ON_DELIVERY',
          idempotencyKey: 'anon',
        },
      },
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
