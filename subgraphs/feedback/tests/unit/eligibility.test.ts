import { checkEligibility, isDelivered, type OrderFacts } from '../../src/domain/eligibility';

const ORDER = '0190a000-0000-7000-8000-000000000001';
const CUSTOMER = '0190a000-0000-7000-8000-000000000002';
const RESTAURANT = '0190a000-0000-7000-8000-000000000003';
const COURIER = '0190a000-0000-7000-8000-000000000004';
const COURIER_USER = '0190a000-0000-7000-8000-000000000005';

const delivered: OrderFacts = {
  customerId: CUSTOMER,
  restaurantId: RESTAURANT,
  status: 'DELIVERED',
  deliveredAt: new Date('2026-11-23T10:00:00Z'),
  courierId: COURIER,
  courierUserId: COURIER_USER,
};

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('expected an error');
}

describe('who may review an order', () => {
  it("lets the customer rate the restaurant and the order's courier once it is delivered", () => {
    expect(checkEligibility(ORDER, delivered, CUSTOMER, 5, false)).toEqual({ restaurantId: RESTAURANT, courierId: COURIER });
    expect(checkEligibility(ORDER, delivered, CUSTOMER, null, false)).toEqual({ restaurantId: RESTAURANT, courierId: null });
  });

  it('answers NOT_FOUND for an order it knows nothing (or not enough) about', () => {
    expect(codeOf(() => checkEligibility(ORDER, null, CUSTOMER, null, false))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(() => checkEligibility(ORDER, { ...delivered, customerId: null }, CUSTOMER, null, false))).toEqual({ code: 'NOT_FOUND' });
  });

  it("forbids someone else's order and an order not delivered", () => {
    expect(codeOf(() => checkEligibility(ORDER, delivered, COURIER_USER, null, false))).toEqual({ code: 'FORBIDDEN' });
    expect(codeOf(() => checkEligibility(ORDER, { ...delivered, status: 'PICKED_UP', deliveredAt: null }, CUSTOMER, null, false))).toEqual({
      code: 'FORBIDDEN',
    });
    expect(codeOf(() => checkEligibility(ORDER, { ...delivered, status: 'CANCELLED' }, CUSTOMER, null, false))).toEqual({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a second review with CONFLICT, after the ownership checks', () => {
    expect(codeOf(() => checkEligibility(ORDER, delivered, CUSTOMER, null, true))).toEqual({ code: 'CONFLICT' });
    expect(codeOf(() => checkEligibility(ORDER, delivered, COURIER_USER, null, true))).toEqual({ code: 'FORBIDDEN' });
  });

  it('takes a courier rating only when a courier delivered the order', () => {
    const noCourier = { ...delivered, courierId: null, courierUserId: null };
    expect(codeOf(() => checkEligibility(ORDER, noCourier, CUSTOMER, 4, false))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.courierRating',
    });
    expect(checkEligibility(ORDER, noCourier, CUSTOMER, null, false)).toEqual({ restaurantId: RESTAURANT, courierId: null });
    // Orders said a courier delivered it; delivery has not yet said which: rate now, name later.
    expect(checkEligibility(ORDER, { ...delivered, courierId: null }, CUSTOMER, 4, false)).toEqual({
      restaurantId: RESTAURANT,
      courierId: null,
    });
  });

  it('counts delivery by either orders or delivery, unless the order was cancelled or rejected', () => {
    expect(isDelivered({ ...delivered, status: 'PICKED_UP' })).toBe(true);
    expect(isDelivered({ ...delivered, status: null })).toBe(true);
    expect(isDelivered({ ...delivered, status: 'REJECTED' })).toBe(false);
    expect(isDelivered({ ...delivered, deliveredAt: null })).toBe(false);
  });
});
