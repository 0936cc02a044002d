import { awaitsEvents, isDelivered, judgeReview, type OrderFacts, type ReviewRequest } from '../../src/domain/eligibility';

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

/** The customer reviewing the delivered order without a courier rating, unless overridden. */
const request = (overrides: Partial<ReviewRequest> = {}): ReviewRequest => ({
  facts: delivered,
  reviewerId: CUSTOMER,
  courierRating: null,
  alreadyReviewed: false,
  ...overrides,
});

const refusalOf = (overrides: Partial<ReviewRequest>): string | null => {
  const verdict = judgeReview(request(overrides));
  return verdict.allowed ? null : verdict.refusal;
};

describe('who may review an order', () => {
  it("lets the customer rate the restaurant and the order's courier once it is delivered", () => {
    expect(judgeReview(request({ courierRating: 5 }))).toEqual({ allowed: true, target: { restaurantId: RESTAURANT, courierId: COURIER } });
    expect(judgeReview(request())).toEqual({ allowed: true, target: { restaurantId: RESTAURANT, courierId: null } });
  });

  it('refuses an order it knows nothing (or not enough) about', () => {
    expect(refusalOf({ facts: null })).toBe('unknown-order');
    expect(refusalOf({ facts: { ...delivered, customerId: null } })).toBe('unknown-order');
  });

  it("refuses someone else's order and an order not delivered", () => {
    expect(refusalOf({ reviewerId: COURIER_USER })).toBe('not-the-customer');
    expect(refusalOf({ facts: { ...delivered, status: 'PICKED_UP', deliveredAt: null } })).toBe('not-delivered');
    expect(refusalOf({ facts: { ...delivered, status: 'CANCELLED' } })).toBe('not-delivered');
  });

  it('refuses a second review, after the ownership checks', () => {
    expect(refusalOf({ alreadyReviewed: true })).toBe('already-reviewed');
    expect(refusalOf({ alreadyReviewed: true, reviewerId: COURIER_USER })).toBe('not-the-customer');
  });

  it('takes a courier rating only when a courier delivered the order', () => {
    const noCourier = { ...delivered, courierId: null, courierUserId: null };
    expect(refusalOf({ facts: noCourier, courierRating: 4 })).toBe('no-courier-to-rate');
    expect(judgeReview(request({ facts: noCourier }))).toEqual({ allowed: true, target: { restaurantId: RESTAURANT, courierId: null } });
    // Orders said a courier delivered it; delivery has not yet said which: rate now, name later.
    expect(judgeReview(request({ facts: { ...delivered, courierId: null }, courierRating: 4 }))).toEqual({
      allowed: true,
      target: { restaurantId: RESTAURANT, courierId: null },
    });
  });

  it('counts delivery by either orders or delivery, unless the order was cancelled or rejected', () => {
    expect(isDelivered({ ...delivered, status: 'PICKED_UP' })).toBe(true);
    expect(isDelivered({ ...delivered, status: null })).toBe(true);
    expect(isDelivered({ ...delivered, status: 'REJECTED' })).toBe(false);
    expect(isDelivered({ ...delivered, deliveredAt: null })).toBe(false);
  });
});

describe('which refusals events on their way may still lift', () => {
  const awaits = (overrides: Partial<ReviewRequest>): boolean => {
    const asked = request(overrides);
    return awaitsEvents(judgeReview(asked), asked.facts);
  };

  it('waits while the order is unknown, or known but not delivered yet', () => {
    expect(awaits({ facts: null })).toBe(true);
    expect(awaits({ facts: { ...delivered, customerId: null } })).toBe(true);
    expect(awaits({ facts: { ...delivered, status: 'PICKED_UP', deliveredAt: null } })).toBe(true);
  });

  it('does not wait for what no event changes: allowed, abandoned, not the customer, reviewed already', () => {
    expect(awaits({})).toBe(false);
    expect(awaits({ facts: { ...delivered, status: 'CANCELLED' } })).toBe(false);
    expect(awaits({ facts: { ...delivered, status: 'REJECTED', deliveredAt: null } })).toBe(false);
    expect(awaits({ reviewerId: COURIER_USER })).toBe(false);
    expect(awaits({ alreadyReviewed: true })).toBe(false);
  });
});
