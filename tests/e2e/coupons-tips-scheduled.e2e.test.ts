import { randomUUID } from 'node:crypto';
import {
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  loginAdmin,
  ORDER_OPS,
  orderMutation,
  orderOf,
  signUp,
  sleep,
  startSupergraph,
  type DemoRestaurant,
  type GraphQLResult,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import {
  COMMERCE_OPS,
  couponNow,
  createCoupon,
  createCouponAs,
  listCoupons,
  placeCommerceOrder,
  readCommerceOrder,
  waitForCommerceOrder,
} from './support/commerce';
import { createTestCourier, deliveryStep, goOffline, goOnline, waitForOffer } from './support/couriers';
import { acceptOrder, cookUntilReady, deliveryOfOrder, KITCHEN_AT, payThroughRouter, pickUpOnceReady } from './support/journey';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const EARNINGS = `query($from: DateTime!, $to: DateTime!) {
  myCourierProfile { earnings(from: $from, to: $to) { deliveries bonus { amount } total { amount } bonusLines { rule description amount { amount currency } } } } }`;

/** The error of a refused call as the contract shapes it: code and field. */
const refusal = (r: GraphQLResult<unknown>) => {
  const e = r.errors?.[0];
  return { code: e?.extensions?.['code'], field: e?.extensions?.['field'] };
};

/** Scheduled orders in this stack: 3 s ahead at the earliest, to the kitchen 2 s before their slot. */
const MIN_AHEAD_MS = 3000;
const LEAD_MS = 2000;

describe('coupons, tips and scheduled orders on placeOrder, through the router', () => {
  let sg: TestSupergraph;
  let admin: SignedIn;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  let dish: DemoRestaurant['items'][number];

  beforeAll(async () => {
    sg = await startSupergraph({
      env: {
        DISPATCH_POLL_INTERVAL: '200ms',
        DEADLINE_POLL_INTERVAL: '200ms',
        SCHEDULED_ORDER_MIN_AHEAD: `${MIN_AHEAD_MS}ms`,
        SCHEDULED_ORDER_LEAD_TIME: `${LEAD_MS}ms`,
      },
    });
    [admin, partner, customer] = await Promise.all([loginAdmin(sg), signUp(sg, 'PARTNER', 'Cora Coupon'), signUp(sg, 'CUSTOMER')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Discount Diner', deliveryFee: 250, items: [{ name: 'Curry', price: 1250 }] });
    dish = venue.items[0]!;
  });
  afterAll(() => sg?.stop());

  it('lets exactly five of twenty concurrent placements redeem the last five, and gives one back on cancel', async () => {
    const coupon = await createCoupon(sg, partner, { kind: 'FIXED', value: 300, restaurantId: venue.id, maxRedemptions: 5 });
    expect(coupon).toMatchObject({ restaurant: { id: venue.id }, redemptions: 0, active: true });
    // One customer racing with twenty keys (there is no per-customer limit): twenty sign-ups at
    // once would only meet the sign-up rate limit.
    const racer = await signUp(sg, 'CUSTOMER');
    const keys = Array.from({ length: 20 }, () => randomUUID());
    const place = (i: number) =>
      placeCommerceOrder(sg, racer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: dish.id, quantity: 1 }],
        paymentMethod: 'CASH_ON_DELIVERY',
        idempotencyKey: keys[i],
        // Lower case: codes compare case-insensitively.
        couponCode: coupon.code.toLowerCase(),
      });

    const results = await Promise.all(keys.map((_, i) => place(i)));
    const placed = results.filter((r) => !r.errors).map((r) => r.data!.placeOrder);
    const refused = results.filter((r) => r.errors);
    expect(placed).toHaveLength(5);
    expect(refused.map(refusal)).toEqual(Array(15).fill({ code: 'BAD_USER_INPUT', field: 'input.couponCode' }));
    expect(refused[0].errors![0].message).toMatch(/used up/);
    for (const order of placed)
      expect(order).toMatchObject({ discount: eur(300), total: eur(1250 + 250 - 300), coupon: { code: coupon.code } });
    expect((await couponNow(sg, admin, coupon.id)).redemptions).toBe(5);

    // A retry of a placement that redeemed returns its order and redeems nothing more.
    const winner = results.findIndex((r) => !r.errors);
    expect(dataOf(await place(winner), 'retry').placeOrder.id).toBe(results[winner].data!.placeOrder.id);
    expect((await couponNow(sg, admin, coupon.id)).redemptions).toBe(5);
    const first = placed[0];

    // Cancelling one gives its redemption back at once; the next placement gets it.
    orderOf(await orderMutation(sg, racer, 'cancel', { orderId: first.id }), 'cancelOrder');
    expect((await couponNow(sg, admin, coupon.id)).redemptions).toBe(4);
    const latePlaced = await placeCommerceOrder(sg, racer, {
      restaurantId: venue.id,
      lines: [{ menuItemId: dish.id, quantity: 1 }],
      paymentMethod: 'CASH_ON_DELIVERY',
      couponCode: coupon.code,
    });
    expect(dataOf(latePlaced, 'late placement').placeOrder.discount).toEqual(eur(300));
    expect((await couponNow(sg, admin, coupon.id)).redemptions).toBe(5);
  });

  it('prices coupon and tip into the total, pays the tip to the courier as a TIP line, and refunds the tip with a cancelled order', async () => {
    const coupon = await createCoupon(sg, admin, { kind: 'PERCENT', value: 15, minimumOrder: 2000 });
    expect(coupon.restaurant).toBeNull();
    const courier = await createTestCourier(sg, 'Tipped Theo');
    await goOnline(sg, courier, { lat: KITCHEN_AT.lat + 0.0005, lng: KITCHEN_AT.lng });
    const from = new Date().toISOString();

    // 2 × 12.50 = 25.00; 15 % off = 3.75; + 2.50 delivery + 4.00 tip = 27.75.
    const placed = dataOf(
      await placeCommerceOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: dish.id, quantity: 2 }],
        couponCode: coupon.code,
        tip: 400,
      }),
      'placeOrder',
    ).placeOrder;
    expect(placed).toMatchObject({
      subtotal: eur(2500),
      deliveryFee: eur(250),
      discount: eur(375),
      tip: eur(400),
      total: eur(2775),
      coupon: { id: coupon.id, code: coupon.code },
      scheduledFor: null,
    });
    const awaiting = await waitForCommerceOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    expect(awaiting.payment.amount).toEqual(eur(2775));
    await payThroughRouter(sg, awaiting);
    await waitForCommerceOrder(sg, customer, placed.id, 'PLACED');
    await acceptOrder(sg, partner, placed.id);
    const offer = await waitForOffer(sg, courier, placed.id);
    await deliveryStep(sg, courier, 'acceptDelivery', offer.id);
    await cookUntilReady(sg, partner, placed.id);
    await pickUpOnceReady(sg, courier, offer.id);
    await deliveryStep(sg, courier, 'markDelivered', offer.id);
    await waitForCommerceOrder(sg, customer, placed.id, 'DELIVERED');

    const earnings = await eventually(async () => {
      const r = await sg.query<{
        myCourierProfile: {
          earnings: { deliveries: number; bonus: { amount: number }; bonusLines: { rule: string; amount: { amount: number } }[] };
        };
      }>(EARNINGS, { token: courier.token, variables: { from, to: new Date(Date.now() + 60_000).toISOString() } });
      const e = dataOf(r, 'earnings').myCourierProfile.earnings;
      if (e.deliveries !== 1) throw new Error(`${e.deliveries} deliveries so far`);
      return e;
    }, 10_000);
    expect(earnings.bonusLines.filter((l) => l.rule === 'TIP')).toEqual([expect.objectContaining({ rule: 'TIP', amount: eur(400) })]);
    await goOffline(sg, courier);

    // A paid order with a tip, cancelled: the refund is the whole total, tip included.
    const second = dataOf(
      await placeCommerceOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: dish.id, quantity: 2 }],
        couponCode: coupon.code,
        tip: 150,
      }),
      'placeOrder',
    ).placeOrder;
    expect(second.total).toEqual(eur(2500 + 250 - 375 + 150));
    await payThroughRouter(sg, await waitForCommerceOrder(sg, customer, second.id, 'AWAITING_PAYMENT'));
    await waitForCommerceOrder(sg, customer, second.id, 'PLACED');
    expect((await couponNow(sg, admin, coupon.id)).redemptions).toBe(2);
    orderOf(await orderMutation(sg, customer, 'cancel', { orderId: second.id }), 'cancelOrder');
    await waitForCommerceOrder(sg, customer, second.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    const log = dataOf(
      await sg.query<{ order: { payment: { transactions: { kind: string; amount: { amount: number } }[] } } }>(COMMERCE_OPS.refunds, {
        token: partner.token,
        variables: { id: second.id },
      }),
      'transactions',
    ).order.payment.transactions;
    expect(log.filter((t) => t.kind === 'refund').map((t) => t.amount.amount)).toEqual([2525]);
    expect((await couponNow(sg, admin, coupon.id)).redemptions).toBe(1);
  });

  it('refuses an unknown, inapplicable or deactivated coupon and a bad tip, naming the field', async () => {
    const place = (extra: { couponCode?: string; tip?: number }, quantity = 1) =>
      placeCommerceOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: dish.id, quantity }], ...extra });
    expect(refusal(await place({ couponCode: 'NO-SUCH-CODE' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.couponCode' });
    const big = await createCoupon(sg, partner, { kind: 'PERCENT', value: 50, restaurantId: venue.id, minimumOrder: 5000 });
    const tooSmall = await place({ couponCode: big.code });
    expect(refusal(tooSmall)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.couponCode' });
    expect(tooSmall.errors![0].message).toMatch(/at least 50\.00 EUR/);
    const off = await createCoupon(sg, partner, { kind: 'FIXED', value: 100, restaurantId: venue.id });
    expect(
      dataOf(await sg.query(COMMERCE_OPS.deactivateCoupon, { token: partner.token, variables: { id: off.id } }), 'deactivate'),
    ).toEqual({
      deactivateCoupon: expect.objectContaining({ id: off.id, active: false }),
    });
    expect(refusal(await place({ couponCode: off.code }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.couponCode' });
    const once = await createCoupon(sg, partner, { kind: 'FIXED', value: 100, restaurantId: venue.id, perCustomerLimit: 1 });
    dataOf(await place({ couponCode: once.code }), 'first use');
    expect(refusal(await place({ couponCode: once.code }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.couponCode' });
    expect(refusal(await place({ tip: -1 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.tip' });
    expect(refusal(await place({ tip: 5_000_000 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.tip' });
    // Changing the lines of an unpaid order keeps its coupon and tip and prices them anew.
    const tenth = await createCoupon(sg, partner, { kind: 'PERCENT', value: 10, restaurantId: venue.id });
    const unpaid = dataOf(await place({ couponCode: tenth.code, tip: 100 }), 'unpaid').placeOrder;
    expect(unpaid.total).toEqual(eur(1250 - 125 + 250 + 100));
    await waitForCommerceOrder(sg, customer, unpaid.id, 'AWAITING_PAYMENT');
    const changed = await sg.query<{
      updateOrderLines: { discount: { amount: number }; tip: { amount: number }; total: { amount: number } };
    }>(
      'mutation($orderId: ID!, $lines: [OrderLineInput!]!) { updateOrderLines(orderId: $orderId, lines: $lines) { discount { amount } tip { amount } total { amount } } }',
      { token: customer.token, variables: { orderId: unpaid.id, lines: [{ menuItemId: dish.id, quantity: 2 }] } },
    );
    expect(dataOf(changed, 'updateOrderLines').updateOrderLines).toEqual({
      discount: { amount: 250 },
      tip: { amount: 100 },
      total: { amount: 2500 - 250 + 250 + 100 },
    });
    // A fixed coupon worth more than the food makes the food free, never the delivery fee.
    const huge = await createCoupon(sg, partner, { kind: 'FIXED', value: 99_999, restaurantId: venue.id });
    const free = await readCommerceOrder(sg, customer, dataOf(await place({ couponCode: huge.code }), 'free').placeOrder.id);
    expect(free).toMatchObject({ subtotal: eur(1250), discount: eur(1250), total: eur(250) });
  });

  it('keeps coupons to admins and owners: platform-wide ones to admins, a restaurant’s to its owner', async () => {
    const stranger = await signUp(sg, 'PARTNER');
    expect(errorCodes(await createCouponAs(sg, partner, { code: 'PLATFORM-1', kind: 'PERCENT', value: 5 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await createCouponAs(sg, stranger, { code: 'NOT-MINE', kind: 'PERCENT', value: 5, restaurantId: venue.id }))).toEqual(
      ['FORBIDDEN'],
    );
    expect(errorCodes(await createCouponAs(sg, customer, { code: 'NOT-MINE', kind: 'PERCENT', value: 5, restaurantId: venue.id }))).toEqual(
      ['FORBIDDEN'],
    );
    const mine = await createCoupon(sg, partner, { code: 'Owner-Only', kind: 'PERCENT', value: 5, restaurantId: venue.id });
    expect(mine.code).toBe('OWNER-ONLY');
    expect(errorCodes(await createCouponAs(sg, admin, { code: 'owner-only', kind: 'FIXED', value: 5 }))).toEqual(['CONFLICT']);
    expect(refusal(await createCouponAs(sg, partner, { code: 'PCT', kind: 'PERCENT', value: 101, restaurantId: venue.id }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.value',
    });
    expect(errorCodes(await sg.query(COMMERCE_OPS.deactivateCoupon, { token: stranger.token, variables: { id: mine.id } }))).toEqual([
      'FORBIDDEN',
    ]);

    const ownList = dataOf(await listCoupons(sg, partner), 'own coupons').coupons;
    expect(ownList.map((c) => c.id)).toContain(mine.id);
    expect(ownList.every((c) => c.restaurant?.id === venue.id)).toBe(true);
    expect(dataOf(await listCoupons(sg, stranger), 'stranger coupons').coupons).toEqual([]);
    expect(errorCodes(await listCoupons(sg, stranger, venue.id))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await listCoupons(sg, customer))).toEqual(['FORBIDDEN']);
    const all = dataOf(await listCoupons(sg, admin), 'all coupons').coupons;
    expect(all.some((c) => c.restaurant === null)).toBe(true);
    expect(all.map((c) => c.id)).toContain(mine.id);
  });

  it('holds a scheduled order SCHEDULED, out of the kitchen, until its slot less the lead time, then sends it to the kitchen', async () => {
    const slot = new Date(Date.now() + 12_000);
    const placed = dataOf(
      await placeCommerceOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: dish.id, quantity: 1 }],
        paymentMethod: 'CASH_ON_DELIVERY',
        scheduledFor: slot.toISOString(),
      }),
      'placeOrder',
    ).placeOrder;
    expect(placed.scheduledFor).toBe(slot.toISOString());
    await waitForCommerceOrder(sg, customer, placed.id, 'SCHEDULED');
    const release = slot.getTime() - LEAD_MS;
    const queue = async () =>
      dataOf(
        await sg.query<{ kitchenQueue: { id: string; status: string }[] }>(ORDER_OPS.kitchenQueue, {
          token: partner.token,
          variables: { restaurantId: venue.id },
        }),
        'kitchenQueue',
      ).kitchenQueue.map((o) => o.id);

    // Not before its time: off the kitchen display, and the kitchen cannot act on it yet…
    expect(await queue()).not.toContain(placed.id);
    expect(errorCodes(await orderMutation(sg, partner, 'accept', { orderId: placed.id, prepMinutes: 10 }))).toEqual([
      'INVALID_STATE_TRANSITION',
    ]);
    // …and still SCHEDULED shortly before its release.
    await sleep(Math.max(0, release - 1500 - Date.now()));
    expect((await readCommerceOrder(sg, customer, placed.id)).status).toBe('SCHEDULED');

    const inKitchen = await waitForCommerceOrder(sg, customer, placed.id, 'PLACED');
    expect(inKitchen.history.map((h) => h.status)).toEqual(['PENDING', 'SCHEDULED', 'PLACED']);
    expect(Date.parse(inKitchen.history.at(-1)!.at)).toBeGreaterThanOrEqual(release);
    expect(await queue()).toContain(placed.id);
    expect((await acceptOrder(sg, partner, placed.id)).status).toBe('ACCEPTED');
  });

  it('refuses a slot outside the opening hours, too soon or too far ahead, naming scheduledFor', async () => {
    // Open only on one day three days from now, 10:00-11:00 UTC (menu's default time zone).
    const day = new Date(Date.now() + 3 * 86_400_000);
    const dayOfWeek = ((day.getUTCDay() + 6) % 7) + 1;
    const lunch = await createDemoRestaurant(sg, partner, { name: 'Brief Lunch', items: [{ name: 'Soup', price: 900 }] });
    dataOf(
      await sg.query('mutation($id: ID!, $input: UpdateRestaurantInput!) { updateRestaurant(id: $id, input: $input) { id } }', {
        token: partner.token,
        variables: { id: lunch.id, input: { openingHours: [{ dayOfWeek, opens: '10:00', closes: '11:00' }] } },
      }),
      'updateRestaurant',
    );
    const at = (d: Date) => ({
      restaurantId: lunch.id,
      lines: [{ menuItemId: lunch.items[0].id, quantity: 1 }],
      paymentMethod: 'CASH_ON_DELIVERY' as const,
      scheduledFor: d.toISOString(),
    });
    const inWindow = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 10, 30));
    const outside = new Date(inWindow.getTime() + 3_600_000);
    // Orders learns of the new hours from menu's event.
    const closed = await eventually(async () => {
      const r = await placeCommerceOrder(sg, customer, at(outside));
      if (!r.errors) throw new Error('the read model has not seen the new opening hours yet');
      return r;
    }, 10_000);
    expect(refusal(closed)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.scheduledFor' });
    expect(closed.errors![0].message).toMatch(/closed at that time/);
    expect(refusal(await placeCommerceOrder(sg, customer, at(new Date(Date.now() + 1000))))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.scheduledFor',
    });
    expect(refusal(await placeCommerceOrder(sg, customer, at(new Date(Date.now() + 8 * 86_400_000))))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.scheduledFor',
    });
    // Inside the hours it is taken, though the restaurant is closed right now.
    const later = dataOf(await placeCommerceOrder(sg, customer, at(inWindow)), 'in the window').placeOrder;
    expect(later.scheduledFor).toBe(inWindow.toISOString());
    await waitForCommerceOrder(sg, customer, later.id, 'SCHEDULED');
  });

  it('takes the payment of a scheduled QR order at placement and refunds it when the customer cancels while SCHEDULED', async () => {
    const placed = dataOf(
      await placeCommerceOrder(sg, customer, {
        restaurantId: venue.id,
        lines: [{ menuItemId: dish.id, quantity: 1 }],
        tip: 200,
        scheduledFor: new Date(Date.now() + 3_600_000).toISOString(),
      }),
      'placeOrder',
    ).placeOrder;
    await payThroughRouter(sg, await waitForCommerceOrder(sg, customer, placed.id, 'AWAITING_PAYMENT'));
    const scheduled = await waitForCommerceOrder(sg, customer, placed.id, 'SCHEDULED');
    expect(scheduled.payment).toMatchObject({ status: 'PAID', amount: eur(1250 + 250 + 200) });
    orderOf(await orderMutation(sg, customer, 'cancel', { orderId: placed.id }), 'cancelOrder');
    const cancelled = await waitForCommerceOrder(sg, customer, placed.id, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    expect(cancelled.history.map((h) => h.status)).toEqual(['PENDING', 'AWAITING_PAYMENT', 'SCHEDULED', 'CANCELLED']);
  });

  it('takes a pick-up order without delivery fee or tip, offers it to no courier, and lets the restaurant hand it over', async () => {
    const handOver = (orderId: string) =>
      sg.query<{ handOverOrder: CommerceOrder }>(`mutation($orderId: ID!) { handOverOrder(orderId: $orderId) { id status fulfilment } }`, {
        token: partner.token,
        variables: { orderId },
      });
    const counter = { restaurantId: venue.id, lines: [{ menuItemId: dish.id, quantity: 1 }], fulfilment: 'PICKUP' } as const;

    // The tip is the courier's: a collected order has none to give it to.
    expect(refusal(await placeCommerceOrder(sg, customer, { ...counter, tip: 100 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.tip',
    });
    const placed = dataOf(await placeCommerceOrder(sg, customer, { ...counter, paymentMethod: 'CASH_ON_DELIVERY' }), 'pick-up').placeOrder;
    expect(placed).toMatchObject({ fulfilment: 'PICKUP', subtotal: eur(1250), deliveryFee: eur(0), tip: eur(0), total: eur(1250) });

    await waitForCommerceOrder(sg, customer, placed.id, 'PLACED');
    await acceptOrder(sg, partner, placed.id);
    expect((await cookUntilReady(sg, partner, placed.id)).status).toBe('READY_FOR_PICKUP');
    // A delivery order accepted after it gets its delivery; by then delivery has long seen the
    // pick-up order's acceptance, and created nothing for it.
    const delivered = dataOf(
      await placeCommerceOrder(sg, customer, { ...counter, fulfilment: 'DELIVERY', paymentMethod: 'CASH_ON_DELIVERY' }),
      'delivery',
    ).placeOrder;
    expect(delivered).toMatchObject({ fulfilment: 'DELIVERY', deliveryFee: eur(250) });
    await waitForCommerceOrder(sg, customer, delivered.id, 'PLACED');
    await acceptOrder(sg, partner, delivered.id);
    await eventually(async () => expect(await deliveryOfOrder(sg, customer, delivered.id)).not.toBeNull(), 10_000);
    expect(await deliveryOfOrder(sg, customer, placed.id)).toBeNull();

    // A delivery order is its courier's to finish; a pick-up order is handed over, once.
    await cookUntilReady(sg, partner, delivered.id);
    expect(errorCodes(await handOver(delivered.id))).toEqual(['INVALID_STATE_TRANSITION']);
    expect(dataOf(await handOver(placed.id), 'handOverOrder').handOverOrder).toMatchObject({ status: 'DELIVERED', fulfilment: 'PICKUP' });
    expect(dataOf(await handOver(placed.id), 'a retried handOverOrder').handOverOrder.status).toBe('DELIVERED');
    const collected = await readCommerceOrder(sg, customer, placed.id);
    expect(collected.history.map((h) => h.status)).toEqual(['PENDING', 'PLACED', 'ACCEPTED', 'PREPARING', 'READY_FOR_PICKUP', 'DELIVERED']);
    expect(collected.history.at(-1)?.actor?.id).toBe(partner.id);
    expect(await deliveryOfOrder(sg, customer, placed.id)).toBeNull();
  });
});
