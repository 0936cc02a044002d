import { uuidv7 } from '@foodgraph/platform/ids';
import { orderInput, publishItem, publishRestaurant, seedVenue, type Venue } from './support/menu-fixtures';
import { MY_ORDERS, PLACE_ORDER, errorOf, ok, type OrderResult, type OrderPageResult } from './support/operations';
import { OrdersHarness, anonymous, user } from './support/orders-harness';
import { place, readOrder, waitForOrder } from './support/saga-steps';

let h: OrdersHarness;
let venue: Venue;
beforeAll(async () => {
  h = await OrdersHarness.start({ stock: 'none' });
  venue = await seedVenue(h);
});
afterAll(async () => {
  await h?.stop();
});

const placeRaw = (identity = user('CUSTOMER'), overrides: Record<string, unknown> = {}, target = venue) =>
  h.call<{ placeOrder: OrderResult }>(identity, PLACE_ORDER, { input: orderInput(target, overrides) });

describe('placing an order', () => {
  it('snapshots prices: a later price change does not alter the order', async () => {
    const v = await seedVenue(h);
    const order = await place(h, user('CUSTOMER'), v);
    await publishItem(h, v, v.pizzaId, { name: 'Margherita deluxe', price: 1500, revision: 2 });
    await h.waitFor(
      async () => (await h.dataSource.query('SELECT price FROM menu_item_snapshots WHERE id = $1', [v.pizzaId]))[0].price === 1500,
      'the new price',
    );
    const again = await readOrder(h, order.id);
    expect(again.lines[0]).toMatchObject({
      name: 'Margherita',
      unitPrice: { amount: 900 },
      quantity: 2,
      lineTotal: { amount: 1800 },
      notes: 'well done',
    });
    expect(again.total.amount).toBe(2700);
    const next = await place(h, user('CUSTOMER'), v);
    expect(next.lines[0]).toMatchObject({ name: 'Margherita deluxe', unitPrice: { amount: 1500 } });
  });

  it('ignores a read-model snapshot older than the one it has', async () => {
    const v = await seedVenue(h);
    await publishItem(h, v, v.saladId, { name: 'Salad', price: 700, revision: 3 });
    await publishItem(h, v, v.saladId, { name: 'Old salad', price: 100, revision: 2 });
    await publishItem(h, v, v.pizzaId, { name: 'Marker', price: 900, revision: 2 });
    await h.waitFor(
      async () => (await h.dataSource.query('SELECT name FROM menu_item_snapshots WHERE id = $1', [v.pizzaId]))[0].name === 'Marker',
      'the marker',
    );
    const [salad] = await h.dataSource.query('SELECT name, price, revision FROM menu_item_snapshots WHERE id = $1', [v.saladId]);
    expect(salad).toEqual({ name: 'Salad', price: 700, revision: 3 });
  });

  it('numbers orders per restaurant and day: short, unique and counting up', async () => {
    const v = await seedVenue(h);
    const numbers = await Promise.all(Array.from({ length: 8 }, () => place(h, user('CUSTOMER'), v).then((o) => o.number)));
    expect([...numbers].sort()).toEqual(['001', '002', '003', '004', '005', '006', '007', '008']);
    const other = await seedVenue(h);
    expect((await place(h, user('CUSTOMER'), other)).number).toBe('001');
  });

  it('returns the same order for the same idempotency key, also when the requests race', async () => {
    const customer = user('CUSTOMER');
    const input = orderInput(venue);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => h.call<{ placeOrder: OrderResult }>(customer, PLACE_ORDER, { input })),
    );
    const ids = new Set(results.map((r) => ok(r).placeOrder.id));
    expect(ids.size).toBe(1);
    const again = ok(await h.call<{ placeOrder: OrderResult }>(customer, PLACE_ORDER, { input })).placeOrder;
    expect(again.id).toBe([...ids][0]);
    const [count] = await h.dataSource.query('SELECT count(*)::int AS n FROM orders WHERE customer_id = $1', [customer.userId]);
    expect(count.n).toBe(1);
    await h.waitFor(() => h.eventsOf(again.id, 'orders.order.placed').length === 1, 'the placed event');
    // The key is per customer: another customer with the same key gets an order of their own.
    const other = ok(await h.call<{ placeOrder: OrderResult }>(user('CUSTOMER'), PLACE_ORDER, { input })).placeOrder;
    expect(other.id).not.toBe(again.id);
  });

  it('announces the new order with its lines for the stock reservation', async () => {
    const order = await place(h, user('CUSTOMER'), venue, { notes: ' ring twice ' });
    const [event] = await h.waitFor(
      () => h.eventsOf(order.id, 'orders.order.placed').length === 1 && h.eventsOf(order.id, 'orders.order.placed'),
      'the placed event',
    );
    expect(event.data).toMatchObject({
      orderId: order.id,
      number: order.number,
      restaurantId: venue.restaurantId,
      stockVersion: 1,
      total: 2700,
      paymentMethod: 'QR_CODE',
      notes: 'ring twice',
      lines: [
        { lineId: order.lines[0].id, menuItemId: venue.pizzaId, quantity: 2, unitPrice: 900, name: 'Margherita' },
        { lineId: order.lines[1].id, menuItemId: venue.saladId, quantity: 1, unitPrice: 650, name: 'Salad' },
      ],
    });
  });

  it('names the offending field of invalid input', async () => {
    const line = (menuItemId: string, quantity = 1) => ({ menuItemId, quantity });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ lines: [line(venue.pizzaId, 2), line(uuidv7())] }, 'input.lines[1].menuItemId'],
      [{ lines: [line(venue.pizzaId, 0)] }, 'input.lines[0].quantity'],
      [{ lines: [line(venue.pizzaId, 51)] }, 'input.lines[0].quantity'],
      [{ lines: [line(venue.saladId, 1)] }, 'input.lines'],
      [{ lines: [] }, 'input.lines'],
      [{ restaurantId: uuidv7() }, 'input.restaurantId'],
      [{ idempotencyKey: '   ' }, 'input.idempotencyKey'],
      [{ deliveryAddress: { line1: ' ', city: 'Berlin', postalCode: '1' } }, 'input.deliveryAddress.line1'],
      [{ notes: 'x'.repeat(501) }, 'input.notes'],
    ];
    for (const [overrides, field] of cases)
      expect({ field, error: errorOf(await placeRaw(user('CUSTOMER'), overrides)) }).toMatchObject({
        field,
        error: { code: 'BAD_USER_INPUT', field },
      });
  });

  it('refuses items of another restaurant and unavailable items', async () => {
    const other = await seedVenue(h);
    expect(
      errorOf(
        await placeRaw(user('CUSTOMER'), {
          lines: [
            { menuItemId: venue.pizzaId, quantity: 2 },
            { menuItemId: other.pizzaId, quantity: 1 },
          ],
        }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lines[1].menuItemId',
    });
    await publishItem(h, other, other.saladId, { name: 'Salad', price: 650, revision: 2, available: false });
    await h.waitFor(
      async () => !(await h.dataSource.query('SELECT available FROM menu_item_snapshots WHERE id = $1', [other.saladId]))[0].available,
      'the salad to sell out',
    );
    expect(errorOf(await placeRaw(user('CUSTOMER'), {}, other))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.lines[1].menuItemId',
    });
  });

  it('refuses a restaurant that is suspended or closed', async () => {
    const v = await seedVenue(h);
    await publishRestaurant(h, v, { acceptingOrders: false, revision: 2 });
    await h.waitFor(
      async () => (await h.dataSource.query('SELECT revision FROM restaurant_snapshots WHERE id = $1', [v.restaurantId]))[0].revision === 2,
      'closed',
    );
    expect(errorOf(await placeRaw(user('CUSTOMER'), {}, v))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.restaurantId',
      message: expect.stringContaining('closed'),
    });
    await publishRestaurant(h, v, { status: 'SUSPENDED', revision: 3 });
    await h.waitFor(
      async () => (await h.dataSource.query('SELECT revision FROM restaurant_snapshots WHERE id = $1', [v.restaurantId]))[0].revision === 3,
      'suspended',
    );
    expect(errorOf(await placeRaw(user('CUSTOMER'), {}, v))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.restaurantId' });
  });

  it('lets only signed-in customers place orders', async () => {
    expect(errorOf(await placeRaw(anonymous as never)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await placeRaw(user('PARTNER'))).code).toBe('FORBIDDEN');
    expect(errorOf(await placeRaw(user('COURIER'))).code).toBe('FORBIDDEN');
  });

  it('pages through my orders, newest first', async () => {
    const customer = user('CUSTOMER');
    const placed = [];
    for (let i = 0; i < 3; i++) placed.push(await place(h, customer, venue));
    const first = ok(await h.call<{ myOrders: OrderPageResult }>(customer, MY_ORDERS, { first: 2 })).myOrders;
    expect(first.edges.map((e: OrderPageResult['edges'][number]) => e.node.id)).toEqual([placed[2].id, placed[1].id]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(
      await h.call<{ myOrders: OrderPageResult }>(customer, MY_ORDERS, { first: 2, after: first.pageInfo.endCursor }),
    ).myOrders;
    expect(rest.edges.map((e: OrderPageResult['edges'][number]) => e.node.id)).toEqual([placed[0].id]);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.edges[0].cursor });
    expect(errorOf(await h.call(customer, MY_ORDERS, { first: 101 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await h.call(customer, MY_ORDERS, { after: 'garbage' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await h.call(anonymous, MY_ORDERS, {})).code).toBe('UNAUTHENTICATED');
  });

  it('stays PENDING until menu answers for the stock', async () => {
    const order = await place(h, user('CUSTOMER'), venue);
    await new Promise((r) => setTimeout(r, 200));
    expect((await waitForOrder(h, order.id, 'PENDING')).payment.qrCode).toBeNull();
  });
});
