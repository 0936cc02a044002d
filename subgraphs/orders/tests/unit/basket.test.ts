import { GraphQLError } from 'graphql';
import {
  addToBasket,
  clearBasket,
  emptyBasket,
  setBasketCoupon,
  setBasketTip,
  stampCheckout,
  updateBasketLine,
  type AddToBasketRequest,
  type StoredBasket,
} from '../../src/domain/basket';
import { basketSubtotal, quoteBasket, type BasketQuoteRequest } from '../../src/domain/basket-quote';
import type { MenuItemView, RestaurantView } from '../../src/domain/read-model';
import { MAX_TIP } from '../../src/domain/tip-rules';

const RESTAURANT: RestaurantView = {
  id: '0190a000-0000-7000-8000-000000000001',
  ownerId: '0190a000-0000-7000-8000-0000000000aa',
  name: 'Pizzeria',
  status: 'ACTIVE',
  acceptingOrders: true,
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '10:00', closes: '22:00' })),
  timeZone: 'Europe/Berlin',
  city: 'Berlin',
  currency: 'EUR',
  deliveryFee: 250,
  minimumOrder: 1000,
};
const OTHER: RestaurantView = { ...RESTAURANT, id: '0190a000-0000-7000-8000-000000000002', name: 'Sushi Bar' };
const item = (n: number, extra: Partial<MenuItemView> = {}): MenuItemView => ({
  id: `0190a000-0000-7000-8000-00000000010${n}`,
  restaurantId: RESTAURANT.id,
  name: `Item ${n}`,
  price: 650,
  currency: 'EUR',
  available: true,
  deleted: false,
  ...extra,
});
const NOON = new Date('2026-11-23T12:00:00Z'); // a Monday, 13:00 in Berlin
const NIGHT = new Date('2026-11-23T23:30:00Z'); // 00:30 in Berlin: closed

let lineNo = 0;
function add(basket: StoredBasket, extra: Partial<AddToBasketRequest> = {}): StoredBasket {
  lineNo += 1;
  return addToBasket(basket, {
    item: item(1),
    restaurant: RESTAURANT,
    quantity: 1,
    newLineId: `line-${lineNo}`,
    now: NOON,
    ...extra,
  });
}

/** The code and field of what `run` throws. */
function refusal(run: () => unknown): { code: unknown; field?: unknown } {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { code, field } = error.extensions;
    return field === undefined ? { code } : { code, field };
  }
  throw new Error('expected a refusal');
}

const EMPTY = emptyBasket('basket-1', NOON);

describe('changing a basket', () => {
  it('adds lines, merging the same item with the same notes and keeping other notes apart', () => {
    let basket = add(EMPTY, { quantity: 2 });
    basket = add(basket, { quantity: 3 });
    basket = add(basket, { quantity: 1, notes: '  no onions ' });
    basket = add(basket, { item: item(2), quantity: 1 });
    expect(basket.restaurantId).toBe(RESTAURANT.id);
    expect(basket.lines.map((l) => [l.menuItemId, l.quantity, l.notes])).toEqual([
      [item(1).id, 5, null],
      [item(1).id, 1, 'no onions'],
      [item(2).id, 1, null],
    ]);
  });

  it('refuses bad quantities and notes naming the argument, and unknown, deleted or unavailable items naming menuItemId', () => {
    expect(refusal(() => add(EMPTY, { quantity: 0 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(() => add(EMPTY, { quantity: 51 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(() => add(EMPTY, { quantity: 1.5 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(() => add(add(EMPTY, { quantity: 30 }), { quantity: 21 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(() => add(EMPTY, { notes: 'x'.repeat(501) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'notes' });
    expect(refusal(() => add(EMPTY, { item: null }))).toEqual({ code: 'BAD_USER_INPUT', field: 'menuItemId' });
    expect(refusal(() => add(EMPTY, { item: item(1, { deleted: true }) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'menuItemId' });
    expect(refusal(() => add(EMPTY, { item: item(1, { available: false }) }))).toEqual({ code: 'BAD_USER_INPUT', field: 'menuItemId' });
    const suspended = { ...RESTAURANT, status: 'SUSPENDED' as const };
    expect(refusal(() => add(EMPTY, { restaurant: suspended }))).toEqual({ code: 'BAD_USER_INPUT', field: 'menuItemId' });
  });

  it("refuses another restaurant's item with CONFLICT until the basket is cleared or emptied", () => {
    const sushi = item(9, { restaurantId: OTHER.id });
    const basket = add(EMPTY);
    expect(refusal(() => add(basket, { item: sushi, restaurant: OTHER }))).toEqual({ code: 'CONFLICT' });
    expect(add(clearBasket(basket, NOON), { item: sushi, restaurant: OTHER }).restaurantId).toBe(OTHER.id);
    const emptied = updateBasketLine(basket, basket.lines[0].id, 0, NOON);
    expect(emptied.restaurantId).toBeNull();
    expect(add(emptied, { item: sushi, restaurant: OTHER }).lines).toHaveLength(1);
  });

  it('sets a line quantity, removes it at 0, and answers NOT_FOUND for an unknown line', () => {
    const basket = add(add(EMPTY), { item: item(2) });
    const [first, second] = basket.lines as [StoredBasket['lines'][number], StoredBasket['lines'][number]];
    expect(updateBasketLine(basket, first.id, 7, NOON).lines.map((l) => l.quantity)).toEqual([7, 1]);
    expect(updateBasketLine(basket, second.id, 0, NOON).lines.map((l) => l.id)).toEqual([first.id]);
    expect(refusal(() => updateBasketLine(basket, 'no-such-line', 1, NOON))).toEqual({ code: 'NOT_FOUND' });
    expect(refusal(() => updateBasketLine(basket, first.id, -1, NOON))).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(refusal(() => updateBasketLine(basket, first.id, 51, NOON))).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity' });
  });

  it("takes a tip by placeOrder's rule, refusing negative and fractional amounts naming amount", () => {
    expect(setBasketTip(EMPTY, 300, NOON).tip).toBe(300);
    expect(setBasketTip(EMPTY, 0, NOON).tip).toBe(0);
    expect(refusal(() => setBasketTip(EMPTY, -1, NOON))).toEqual({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(refusal(() => setBasketTip(EMPTY, 2.5, NOON))).toEqual({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(refusal(() => setBasketTip(EMPTY, MAX_TIP + 1, NOON))).toEqual({ code: 'BAD_USER_INPUT', field: 'amount' });
  });

  it('clears lines, coupon and tip but keeps its id', () => {
    const full = setBasketCoupon(setBasketTip(add(EMPTY), 200, NOON), 'SAVE10', NOON);
    const cleared = clearBasket(full, NIGHT);
    expect(cleared).toMatchObject({ id: 'basket-1', lines: [], restaurantId: null, couponCode: null, tip: 0 });
    expect(cleared.updatedAt).toBe(NIGHT.toISOString());
  });

  it("drops a checkout's stamp on any change, so that checkout never empties what came after", () => {
    const stamped = stampCheckout(add(EMPTY), 'key-1');
    expect(stamped.checkoutKey).toBe('key-1');
    expect(add(stamped).checkoutKey).toBeNull();
    expect(setBasketTip(stamped, 1, NOON).checkoutKey).toBeNull();
    expect(setBasketCoupon(stamped, null, NOON).checkoutKey).toBeNull();
    expect(updateBasketLine(stamped, stamped.lines[0].id, 2, NOON).checkoutKey).toBeNull();
    expect(clearBasket(stamped, NOON).checkoutKey).toBeNull();
  });
});

describe('pricing a basket from the read model', () => {
  const items = (...views: MenuItemView[]) => new Map(views.map((v) => [v.id, v]));
  const quote = (basket: StoredBasket, extra: Partial<BasketQuoteRequest> = {}) =>
    quoteBasket({ basket, restaurant: RESTAURANT, items: items(item(1), item(2, { price: 1200 })), now: NOON, ...extra });

  it("prices lines at today's menu price, with fee, discount and tip, and no problems when checkout would go through", () => {
    const basket = setBasketCoupon(
      setBasketTip(add(add(EMPTY, { quantity: 2 }), { item: item(2, { price: 999 }) }), 300, NOON),
      'SAVE5',
      NOON,
    );
    const q = quote(basket, { coupon: { discount: 500 } });
    expect(q.lines.map((l) => [l.name, l.unitPrice, l.lineTotal])).toEqual([
      ['Item 1', 650, 1300],
      ['Item 2', 1200, 1200],
    ]);
    expect(q).toMatchObject({ currency: 'EUR', subtotal: 2500, deliveryFee: 250, discount: 500, tip: 300, total: 2550, problems: [] });
    expect(basketSubtotal(basket, RESTAURANT, items(item(1), item(2, { price: 1200 })))).toBe(2500);
  });

  it('lists every reason checkout would fail now: unavailable, gone, below minimum, closed, coupon', () => {
    const basket = setBasketCoupon(add(add(EMPTY), { item: item(3, { name: 'Tiramisu', price: 100 }) }), 'SAVE10', NOON);
    const q = quote(basket, {
      items: items(item(1, { available: false })),
      now: NIGHT,
      coupon: { problem: 'The coupon SAVE10 has expired' },
    });
    expect(q.problems).toEqual([
      'Item 1 is not available',
      'Tiramisu is no longer on the menu',
      'Pizzeria is closed right now',
      'The minimum order at Pizzeria is 10.00 EUR',
      'The coupon SAVE10 has expired',
    ]);
    // The line whose item left the menu keeps its last known price, so the basket adds up.
    expect(q.subtotal).toBe(750);
    expect(q.discount).toBe(0);
  });

  it('says so when the restaurant stopped taking orders or is unknown, and when the basket is empty', () => {
    const basket = add(add(EMPTY), { quantity: 1 });
    expect(quote(basket, { restaurant: { ...RESTAURANT, status: 'SUSPENDED' } }).problems).toEqual([
      'Pizzeria does not take orders (it is not active)',
    ]);
    expect(quote(basket, { restaurant: null }).problems).toEqual(['The restaurant no longer takes orders']);
    expect(quote(EMPTY)).toMatchObject({ problems: ['The basket is empty'], subtotal: 0, deliveryFee: 0, total: 0 });
  });

  it('never discounts more than the food, and only with a code', () => {
    const basket = setBasketCoupon(add(add(EMPTY), { quantity: 1 }), 'ALL', NOON);
    expect(quote({ ...basket, couponCode: null }, { coupon: { discount: 100 } }).discount).toBe(0);
    expect(quote(basket, { coupon: { discount: 99_999 } })).toMatchObject({ subtotal: 1300, discount: 1300, total: 250 });
  });
});
