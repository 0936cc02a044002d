import { randomUUID } from 'node:crypto';
import {
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  orderOf,
  signUp,
  startSupergraph,
  waitForOrder,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { basketOf, basketOp, checkout, errorFields } from './support/basket';
import { payThroughRouter } from './support/journey';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

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
});
