import { randomUUID } from 'node:crypto';
import {
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  orderMutation,
  orderOf,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { basketOf, basketOp, checkout, errorFields } from './support/basket';
import { createTestCourier, deliveryStep, goOffline, goOnline, waitForOffer } from './support/couriers';
import { acceptOrder, cookUntilReady, KITCHEN_AT, payThroughRouter, pickUpOnceReady } from './support/journey';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

const CREATE_COUPON = 'mutation($input: CouponInput!) { createCoupon(input: $input) { id code redemptions } }';
const COUPON_REDEMPTIONS = 'query($restaurantId: ID) { coupons(restaurantId: $restaurantId, first: 100) { id redemptions } }';
const ORDER_MONEY = `query($id: ID!) { order(id: $id) {
  status subtotal { amount } deliveryFee { amount } discount { amount } tip { amount } total { amount } coupon { code }
  payment { status amount { amount } transactions { kind status amount { amount } } } } }`;
const EARNINGS = `query($from: DateTime!, $to: DateTime!) {
  myCourierProfile { earnings(from: $from, to: $to) { deliveries bonusLines { rule amount { amount currency } } } } }`;

interface OrderMoney {
  status: string;
  subtotal: { amount: number };
  deliveryFee: { amount: number };
  discount: { amount: number };
  tip: { amount: number };
  total: { amount: number };
  coupon: { code: string } | null;
  payment: { status: string; amount: { amount: number }; transactions: { kind: string; status: string; amount: { amount: number } }[] };
}

describe('the server-side basket and its checkout, through the router', () => {
  let sg: TestSupergraph;
  let partner: SignedIn;
  let venue: DemoRestaurant;
  let other: DemoRestaurant;

  beforeAll(async () => {
    sg = await startSupergraph();
    partner = await signUp(sg, 'PARTNER', 'Basket Partner');
    [venue, other] = await Promise.all([
      createDemoRestaurant(sg, partner, {
        name: 'Basket Bistro',
        minimumOrder: 1000,
        deliveryFee: 300,
        items: [
          { name: 'Soup', price: 450 },
          { name: 'Bread', price: 200 },
          { name: 'Pie', price: 700 },
        ],
      }),
      createDemoRestaurant(sg, partner, { name: 'Elsewhere Eats', items: [{ name: 'Wrap', price: 800 }] }),
    ]);
  });
  afterAll(() => sg?.stop());

  /** A new 10 % coupon of the venue (its owner's), good for five orders. */
  const createCoupon = async () => {
    const input = { code: `save-${randomUUID().slice(0, 8)}`, kind: 'PERCENT', value: 10, restaurantId: venue.id, maxRedemptions: 5 };
    const created = await sg.query<{ createCoupon: { id: string; code: string } }>(CREATE_COUPON, {
      token: partner.token,
      variables: { input },
    });
    return dataOf(created, 'createCoupon').createCoupon;
  };
  const redemptionsOf = async (couponId: string) => {
    const r = await sg.query<{ coupons: { id: string; redemptions: number }[] }>(COUPON_REDEMPTIONS, {
      token: partner.token,
      variables: { restaurantId: venue.id },
    });
    return dataOf(r, 'coupons').coupons.find((c) => c.id === couponId)?.redemptions;
  };
  /** The order's money as its restaurant's owner sees it (the payment log is the owner's and admins'). */
  const moneyOf = async (orderId: string) =>
    dataOf(await sg.query<{ order: OrderMoney }>(ORDER_MONEY, { token: partner.token, variables: { id: orderId } }), 'order money').order;

  /** A paid checkout of pie and bread with a 10 % coupon and a tip; answers the order's id and the basket it came from. */
  const paidCheckout = async (customer: SignedIn, code: string, breads: number, tip: number) => {
    const [, bread, pie] = venue.items;
    await basketOf(basketOp(sg, customer, 'add', { menuItemId: pie.id, quantity: 1 }), 'addToBasket');
    await basketOf(basketOp(sg, customer, 'add', { menuItemId: bread.id, quantity: breads }), 'addToBasket');
    await basketOf(basketOp(sg, customer, 'coupon', { code: code.toLowerCase() }), 'applyCoupon');
    const basket = await basketOf(basketOp(sg, customer, 'tip', { amount: tip }), 'setTip');
    const placed = orderOf(await checkout(sg, customer), 'checkout');
    await payThroughRouter(sg, await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT'));
    await waitForOrder(sg, customer, placed.id, 'PLACED');
    return { orderId: placed.id, basket };
  };

  it('is for signed-in customers only', async () => {
    const courier = await signUp(sg, 'COURIER', 'Not A Customer');
    expect(errorCodes(await basketOp(sg, null, 'mine'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await basketOp(sg, courier, 'add', { menuItemId: venue.items[0].id, quantity: 1 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await checkout(sg, partner))).toEqual(['FORBIDDEN']);
  });

  it("keeps one basket per customer, priced from today's menu, with the reasons checkout would fail", async () => {
    const [soup, bread, pie] = venue.items as [
      DemoRestaurant['items'][number],
      DemoRestaurant['items'][number],
      DemoRestaurant['items'][number],
    ];
    const customer = await signUp(sg, 'CUSTOMER', 'Basket Bea');
    expect(dataOf(await basketOp(sg, customer, 'mine'), 'myBasket').myBasket).toBeNull();

    let basket = await basketOf(basketOp(sg, customer, 'add', { menuItemId: soup.id, quantity: 1 }), 'addToBasket');
    expect(basket).toMatchObject({ restaurant: { id: venue.id }, subtotal: eur(450), deliveryFee: eur(300), total: eur(750) });
    expect(basket.problems).toEqual(['The minimum order at Basket Bistro is 10.00 EUR']);
    basket = await basketOf(basketOp(sg, customer, 'add', { menuItemId: soup.id, quantity: 1 }), 'addToBasket');
    basket = await basketOf(basketOp(sg, customer, 'add', { menuItemId: bread.id, quantity: 2, notes: 'toasted' }), 'addToBasket');
    expect(basket.lines.map((l) => [l.name, l.quantity, l.notes, l.lineTotal.amount])).toEqual([
      ['Soup', 2, null, 900],
      ['Bread', 2, 'toasted', 400],
    ]);
    expect(basket).toMatchObject({ subtotal: eur(1300), total: eur(1600), problems: [] });

    // Another restaurant's dish is refused until the basket is cleared.
    const wrap = { menuItemId: other.items[0].id, quantity: 1 };
    expect(errorCodes(await basketOp(sg, customer, 'add', wrap))).toEqual(['CONFLICT']);
    // Input errors name their argument; an unknown line is NOT_FOUND.
    const tooMany = await basketOp(sg, customer, 'update', { lineId: basket.lines[0].id, quantity: 51 });
    expect([errorCodes(tooMany), errorFields(tooMany)]).toEqual([['BAD_USER_INPUT'], ['quantity']]);
    expect(errorCodes(await basketOp(sg, customer, 'update', { lineId: randomUUID(), quantity: 1 }))).toEqual(['NOT_FOUND']);
    const negativeTip = await basketOp(sg, customer, 'tip', { amount: -1 });
    expect([errorCodes(negativeTip), errorFields(negativeTip)]).toEqual([['BAD_USER_INPUT'], ['amount']]);
    const noSuchCoupon = await basketOp(sg, customer, 'coupon', { code: 'NO-SUCH-CODE' });
    expect([errorCodes(noSuchCoupon), errorFields(noSuchCoupon)]).toEqual([['BAD_USER_INPUT'], ['code']]);

    basket = await basketOf(basketOp(sg, customer, 'tip', { amount: 250 }), 'setTip');
    expect(basket).toMatchObject({ tip: eur(250), total: eur(1850) });
    basket = await basketOf(basketOp(sg, customer, 'update', { lineId: basket.lines[1].id, quantity: 0 }), 'updateBasketLine');
    expect(basket.lines.map((l) => l.name)).toEqual(['Soup']);

    // The menu changes under the basket: a new price shows at once, a dish sold out is a problem.
    const editItem = 'mutation($id: ID!, $input: UpdateMenuItemInput!) { updateMenuItem(id: $id, input: $input) { id } }';
    await basketOf(basketOp(sg, customer, 'add', { menuItemId: pie.id, quantity: 1 }), 'addToBasket');
    dataOf(await sg.query(editItem, { token: partner.token, variables: { id: soup.id, input: { price: 500 } } }), 'price');
    dataOf(await sg.query(editItem, { token: partner.token, variables: { id: pie.id, input: { available: false } } }), 'available');
    basket = await eventually(async () => {
      const seen = await basketOf(basketOp(sg, customer, 'mine'), 'myBasket');
      expect(seen.problems).toEqual(['Pie is not available']);
      return seen;
    }, 10_000);
    expect(basket).toMatchObject({ subtotal: eur(2 * 500 + 700), total: eur(1700 + 300 + 250) });
    const refused = await checkout(sg, customer);
    expect([errorCodes(refused), errorFields(refused)]).toEqual([['BAD_USER_INPUT'], ['basket']]);

    // Cleared, another restaurant's dish goes in; the basket keeps its id.
    const cleared = await basketOf(basketOp(sg, customer, 'clear'), 'clearBasket');
    expect(cleared).toMatchObject({ id: basket.id, lines: [], restaurant: null, tip: eur(0), total: eur(0) });
    expect(await basketOf(basketOp(sg, customer, 'add', wrap), 'addToBasket')).toMatchObject({ restaurant: { id: other.id } });
    const emptyCheckout = await basketOf(basketOp(sg, customer, 'clear'), 'clearBasket').then(() => checkout(sg, customer));
    expect([errorCodes(emptyCheckout), errorFields(emptyCheckout)]).toEqual([['BAD_USER_INPUT'], ['basket']]);
    dataOf(await sg.query(editItem, { token: partner.token, variables: { id: pie.id, input: { available: true } } }), 'available');
  });

  it('loses no change when one customer changes the basket from several devices at once', async () => {
    const [, bread, pie] = venue.items;
    const customer = await signUp(sg, 'CUSTOMER', 'Many Devices');
    await Promise.all([
      ...Array.from({ length: 10 }, () => basketOf(basketOp(sg, customer, 'add', { menuItemId: bread.id, quantity: 1 }), 'addToBasket')),
      basketOf(basketOp(sg, customer, 'add', { menuItemId: pie.id, quantity: 2 }), 'addToBasket'),
      basketOf(basketOp(sg, customer, 'tip', { amount: 120 }), 'setTip'),
    ]);
    const basket = await basketOf(basketOp(sg, customer, 'mine'), 'myBasket');
    expect(Object.fromEntries(basket.lines.map((l) => [l.name, l.quantity]))).toEqual({ Bread: 10, Pie: 2 });
    expect(basket).toMatchObject({ subtotal: eur(10 * 200 + 2 * 700), tip: eur(120) });
  });

  it('checks out once under concurrent retries with one key, empties the basket, and never empties a refilled one', async () => {
    const [, bread] = venue.items;
    const customer = await signUp(sg, 'CUSTOMER', 'Retrying Rui');
    const priced = await basketOf(basketOp(sg, customer, 'add', { menuItemId: bread.id, quantity: 6 }), 'addToBasket');

    const idempotencyKey = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => checkout(sg, customer, { idempotencyKey })));
    const orders = answers.map((a) => orderOf(a as never, 'checkout'));
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    const order = orders[0];
    expect(order).toMatchObject({ subtotal: eur(1200), deliveryFee: eur(300), status: 'PENDING' });
    expect(order.total).toEqual(priced.total);
    expect(order.lines.map((l) => [l.menuItem.id, l.quantity])).toEqual([[bread.id, 6]]);
    expect(await basketOf(basketOp(sg, customer, 'mine'), 'myBasket')).toMatchObject({ id: priced.id, lines: [], tip: eur(0) });

    // Refilled, then the old checkout retried: the same order, and the new basket stays.
    await basketOf(basketOp(sg, customer, 'add', { menuItemId: bread.id, quantity: 5 }), 'addToBasket');
    expect(orderOf((await checkout(sg, customer, { idempotencyKey })) as never, 'checkout').id).toBe(order.id);
    const kept = await basketOf(basketOp(sg, customer, 'mine'), 'myBasket');
    expect(kept.lines.map((l) => l.quantity)).toEqual([5]);
    const mine = await sg.query<{ myOrders: { edges: { node: { id: string } }[] } }>('{ myOrders(first: 10) { edges { node { id } } } }', {
      token: customer.token,
    });
    expect(dataOf(mine, 'myOrders').myOrders.edges.map((e) => e.node.id)).toEqual([order.id]);

    // The order goes on like any other: stock reserved, paid through the provider's webhook.
    await payThroughRouter(sg, await waitForOrder(sg, customer, order.id, 'AWAITING_PAYMENT'));
    await waitForOrder(sg, customer, order.id, 'PLACED');
  });

  it('takes a basket with a coupon and a tip to the door: totals, the TIP earnings line and the redemption exactly right', async () => {
    const customer = await signUp(sg, 'CUSTOMER', 'Coupon Carla');
    const coupon = await createCoupon();
    const courier = await createTestCourier(sg, 'Tina Tipped');
    await goOnline(sg, courier, KITCHEN_AT);
    const from = new Date(Date.now() - 60_000).toISOString();

    // Pie 7.00 + 3 × bread 2.00 = 13.00, less 10 % = 1.30, plus the 3.00 fee and a 2.50 tip.
    const { orderId, basket } = await paidCheckout(customer, coupon.code, 3, 250);
    expect(basket).toMatchObject({
      couponCode: coupon.code.toUpperCase(),
      subtotal: eur(1300),
      deliveryFee: eur(300),
      discount: eur(130),
      tip: eur(250),
      total: eur(1720),
      problems: [],
    });
    expect(await basketOf(basketOp(sg, customer, 'mine'), 'myBasket')).toMatchObject({ lines: [], couponCode: null, tip: eur(0) });
    expect(await redemptionsOf(coupon.id)).toBe(1);

    await acceptOrder(sg, partner, orderId);
    const offered = await waitForOffer(sg, courier, orderId);
    await deliveryStep(sg, courier, 'acceptDelivery', offered.id);
    await cookUntilReady(sg, partner, orderId);
    await pickUpOnceReady(sg, courier, offered.id);
    await deliveryStep(sg, courier, 'markDelivered', offered.id);
    await waitForOrder(sg, customer, orderId, 'DELIVERED');

    const delivered = await moneyOf(orderId);
    expect(delivered).toMatchObject({
      status: 'DELIVERED',
      subtotal: { amount: 1300 },
      deliveryFee: { amount: 300 },
      discount: { amount: 130 },
      tip: { amount: 250 },
      total: { amount: 1720 },
      coupon: { code: coupon.code.toUpperCase() },
      payment: { status: 'PAID', amount: { amount: 1720 } },
    });
    expect(await redemptionsOf(coupon.id)).toBe(1);
    // All of the tip is the courier's: one TIP line of exactly the tip (delivery hears of the tip by orders' event).
    const to = new Date(Date.now() + 60_000).toISOString();
    await eventually(async () => {
      const r = await sg.query<{ myCourierProfile: { earnings: { deliveries: number; bonusLines: { rule: string; amount: unknown }[] } } }>(
        EARNINGS,
        { token: courier.token, variables: { from, to } },
      );
      const earnings = dataOf(r, 'earnings').myCourierProfile.earnings;
      expect(earnings.deliveries).toBe(1);
      expect(earnings.bonusLines.filter((l) => l.rule === 'TIP')).toEqual([{ rule: 'TIP', amount: eur(250) }]);
    }, 10_000);
    await goOffline(sg, courier);
  });

  it('refunds the tip with a cancelled basket order and releases its coupon redemption', async () => {
    const customer = await signUp(sg, 'CUSTOMER', 'Changing Chloe');
    const coupon = await createCoupon();
    // Pie 7.00 + 5 × bread 2.00 = 17.00, less 1.70, plus 3.00 and a 4.00 tip.
    const { orderId } = await paidCheckout(customer, coupon.code, 5, 400);
    expect(await redemptionsOf(coupon.id)).toBe(1);

    orderOf(await orderMutation(sg, customer, 'cancel', { orderId, reason: 'Plans changed' }), 'cancelOrder');
    await waitForOrder(sg, customer, orderId, 'CANCELLED', (o) => o.payment.status === 'REFUNDED');
    const cancelled = await moneyOf(orderId);
    expect(cancelled).toMatchObject({ total: { amount: 1700 + 300 - 170 + 400 }, tip: { amount: 400 }, payment: { status: 'REFUNDED' } });
    expect(cancelled.payment.transactions.filter((t) => t.kind === 'refund')).toEqual([
      { kind: 'refund', status: expect.any(String), amount: { amount: 2230 } },
    ]);
    expect(await redemptionsOf(coupon.id)).toBe(0);
  });
});
