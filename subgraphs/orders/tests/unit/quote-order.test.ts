import { BadUserInputError } from '@foodgraph/platform/errors';
import { quoteOrder, type QuoteRequest } from '../../src/domain/quote-order';
import type { MenuItemView, RestaurantView } from '../../src/domain/read-model';
import { priceOrder, meetsMinimumOrder, lineTotal } from '../../src/domain/pricing';

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
const ITEMS = [
  item(1),
  item(2, { price: 1200 }),
  item(3, { available: false }),
  item(4, { restaurantId: '0190a000-0000-7000-8000-000000000002' }),
  item(5, { deleted: true }),
];
const NOON = new Date('2026-11-23T12:00:00Z'); // a Monday, 13:00 in Berlin

function quote(overrides: Partial<QuoteRequest>) {
  return quoteOrder({
    restaurant: RESTAURANT,
    items: new Map(ITEMS.map((i) => [i.id, i])),
    lines: [{ menuItemId: item(1).id, quantity: 2 }],
    now: NOON,
    fields: { restaurantId: 'input.restaurantId', lines: 'input.lines' },
    ...overrides,
  });
}

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.field;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('pricing', () => {
  it('adds line totals and the delivery fee in integer minor units', () => {
    const totals = priceOrder(
      [
        { unitPrice: 650, quantity: 2 },
        { unitPrice: 1200, quantity: 1 },
      ],
      250,
    );
    expect(totals).toEqual({ subtotal: 2500, deliveryFee: 250, discount: 0, tip: 0, total: 2750 });
    expect(lineTotal({ unitPrice: 333, quantity: 3 })).toBe(999);
  });

  it('applies the minimum order to the food only', () => {
    expect(meetsMinimumOrder({ subtotal: 999 }, 1000)).toBe(false);
    expect(meetsMinimumOrder({ subtotal: 1000 }, 1000)).toBe(true);
  });
});

describe('quoting an order against the read model', () => {
  it('snapshots names and prices and totals the order', () => {
    const q = quote({
      lines: [
        { menuItemId: item(1).id, quantity: 2, notes: '  extra hot ' },
        { menuItemId: item(2).id.toUpperCase(), quantity: 1 },
      ],
    });
    expect(q).toMatchObject({ currency: 'EUR', subtotal: 2500, deliveryFee: 250, total: 2750 });
    expect(q.lines).toEqual([
      { menuItemId: item(1).id, name: 'Item 1', unitPrice: 650, quantity: 2, notes: 'extra hot' },
      { menuItemId: item(2).id, name: 'Item 2', unitPrice: 1200, quantity: 1, notes: null },
    ]);
  });

  it('charges no delivery fee for an order collected at the restaurant', () => {
    expect(quote({ fulfilment: 'PICKUP' })).toMatchObject({ subtotal: 1300, deliveryFee: 0, total: 1300 });
    expect(quote({ fulfilment: 'DELIVERY' })).toMatchObject({ subtotal: 1300, deliveryFee: 250, total: 1550 });
  });

  it('names the line of an unknown, unavailable, deleted or foreign item', () => {
    const withSecond = (menuItemId: string) => () =>
      quote({
        lines: [
          { menuItemId: item(1).id, quantity: 2 },
          { menuItemId, quantity: 1 },
        ],
      });
    expect(fieldOf(withSecond('0190a000-0000-7000-8000-0000000009ff'))).toBe('input.lines[1].menuItemId');
    expect(fieldOf(withSecond('not-a-uuid'))).toBe('input.lines[1].menuItemId');
    expect(fieldOf(withSecond(item(3).id))).toBe('input.lines[1].menuItemId');
    expect(fieldOf(withSecond(item(4).id))).toBe('input.lines[1].menuItemId');
    expect(fieldOf(withSecond(item(5).id))).toBe('input.lines[1].menuItemId');
  });

  it('accepts quantities 1 to 50 and names the line otherwise', () => {
    expect(fieldOf(() => quote({ lines: [{ menuItemId: item(1).id, quantity: 0 }] }))).toBe('input.lines[0].quantity');
    expect(fieldOf(() => quote({ lines: [{ menuItemId: item(1).id, quantity: 51 }] }))).toBe('input.lines[0].quantity');
    expect(quote({ lines: [{ menuItemId: item(1).id, quantity: 50 }] }).subtotal).toBe(32_500);
  });

  it('refuses an empty order and a subtotal below the minimum on input.lines', () => {
    expect(fieldOf(() => quote({ lines: [] }))).toBe('input.lines');
    expect(fieldOf(() => quote({ lines: [{ menuItemId: item(1).id, quantity: 1 }] }))).toBe('input.lines');
  });

  it('refuses an unknown, inactive or closed restaurant on input.restaurantId', () => {
    expect(fieldOf(() => quote({ restaurant: null }))).toBe('input.restaurantId');
    expect(fieldOf(() => quote({ restaurant: { ...RESTAURANT, status: 'SUSPENDED' } }))).toBe('input.restaurantId');
    expect(fieldOf(() => quote({ restaurant: { ...RESTAURANT, status: 'PENDING_APPROVAL' } }))).toBe('input.restaurantId');
    expect(fieldOf(() => quote({ restaurant: { ...RESTAURANT, acceptingOrders: false } }))).toBe('input.restaurantId');
    expect(fieldOf(() => quote({ now: new Date('2026-11-23T22:30:00Z') }))).toBe('input.restaurantId');
  });

  it('uses the field names it is given (updateOrderLines has no input object)', () => {
    expect(
      fieldOf(() => quote({ lines: [{ menuItemId: item(3).id, quantity: 1 }], fields: { restaurantId: 'orderId', lines: 'lines' } })),
    ).toBe('lines[0].menuItemId');
  });
});
