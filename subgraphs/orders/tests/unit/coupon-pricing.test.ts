import {
  checkCouponApplies,
  CouponKind,
  couponDiscount,
  couponRefusal,
  isPlausibleCouponCode,
  normalizeCouponCode,
  type CouponTerms,
} from '../../src/domain/coupon-terms';
import { priceOrder } from '../../src/domain/pricing';
import { Fulfilment } from '../../src/domain/order-status';
import { placementFingerprint } from '../../src/domain/request-fingerprint';
import { cleanTip, cleanTipFor, MAX_TIP } from '../../src/domain/tip-rules';

const lines = [
  { unitPrice: 650, quantity: 2 },
  { unitPrice: 1200, quantity: 1 },
]; // subtotal 2500

function coupon(overrides: Partial<CouponTerms> = {}): CouponTerms {
  return {
    code: 'SAVE10',
    kind: CouponKind.Percent,
    value: 10,
    restaurantId: null,
    currency: null,
    minimumOrder: null,
    validFrom: null,
    validUntil: null,
    maxRedemptions: null,
    perCustomerLimit: null,
    redemptions: 0,
    active: true,
    ...overrides,
  };
}

const now = new Date('2026-12-01T12:00:00Z');
const use = { restaurantId: 'r1', currency: 'EUR', subtotal: 2500, now, customerRedemptions: 0 };

function fieldOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
}

describe('pricing with a coupon and a tip', () => {
  it('totals subtotal + delivery fee − discount + tip', () => {
    expect(priceOrder(lines, 250, { coupon: { kind: CouponKind.Percent, value: 10 }, tip: 300 })).toEqual({
      subtotal: 2500,
      deliveryFee: 250,
      discount: 250,
      tip: 300,
      total: 2800,
    });
    expect(priceOrder(lines, 250, { coupon: { kind: CouponKind.Fixed, value: 700 } }).total).toBe(2050);
  });

  it('rounds a percentage down to the minor unit', () => {
    expect(couponDiscount({ kind: CouponKind.Percent, value: 15 }, 999)).toBe(149); // 149.85
    expect(couponDiscount({ kind: CouponKind.Percent, value: 100 }, 999)).toBe(999);
  });

  it('never discounts more than the subtotal, so the delivery fee and tip are still paid', () => {
    const totals = priceOrder(lines, 250, { coupon: { kind: CouponKind.Fixed, value: 10_000 }, tip: 100 });
    expect(totals.discount).toBe(2500);
    expect(totals.total).toBe(350);
  });
});

describe('when a coupon applies', () => {
  it('applies a valid platform-wide coupon anywhere', () => {
    expect(couponRefusal(coupon(), use)).toBeNull();
  });

  it("refuses a restaurant's coupon at another restaurant", () => {
    expect(couponRefusal(coupon({ restaurantId: 'r2' }), use)).toMatch(/not valid at this restaurant/);
    expect(couponRefusal(coupon({ restaurantId: 'r1' }), use)).toBeNull();
  });

  it('keeps to the validity window (from inclusive, until exclusive)', () => {
    expect(couponRefusal(coupon({ validFrom: new Date('2026-12-01T12:00:01Z') }), use)).toMatch(/not valid yet/);
    expect(couponRefusal(coupon({ validFrom: now }), use)).toBeNull();
    expect(couponRefusal(coupon({ validUntil: now }), use)).toMatch(/expired/);
  });

  it('needs the minimum order on the food', () => {
    expect(couponRefusal(coupon({ minimumOrder: 2501 }), use)).toMatch(/at least 25.01 EUR/);
    expect(couponRefusal(coupon({ minimumOrder: 2500 }), use)).toBeNull();
  });

  it('counts total and per-customer redemptions', () => {
    expect(couponRefusal(coupon({ maxRedemptions: 5, redemptions: 5 }), use)).toMatch(/used up/);
    expect(couponRefusal(coupon({ maxRedemptions: 5, redemptions: 4 }), use)).toBeNull();
    expect(couponRefusal(coupon({ perCustomerLimit: 1 }), { ...use, customerRedemptions: 1 })).toMatch(/already used/);
  });

  it('refuses a deactivated coupon, naming the field it was given in', () => {
    expect(fieldOf(() => checkCouponApplies(coupon({ active: false }), use, 'input.couponCode'))).toBe('input.couponCode');
    expect(fieldOf(() => checkCouponApplies(coupon(), use, 'input.couponCode'))).toBeUndefined();
  });

  it('compares codes case-insensitively and treats blank as none', () => {
    expect(normalizeCouponCode('  save10 ')).toBe('SAVE10');
    expect(normalizeCouponCode('   ')).toBeNull();
    expect(normalizeCouponCode(undefined)).toBeNull();
    expect(isPlausibleCouponCode('SAVE10')).toBe(true);
    expect(isPlausibleCouponCode('X'.repeat(65))).toBe(false);
  });
});

describe('tips', () => {
  it('takes 0 for no tip and whole amounts up to the cap', () => {
    expect(cleanTip(undefined, 'input.tip')).toBe(0);
    expect(cleanTip(null, 'input.tip')).toBe(0);
    expect(cleanTip(0, 'input.tip')).toBe(0);
    expect(cleanTip(MAX_TIP, 'input.tip')).toBe(MAX_TIP);
  });

  it('refuses a negative, fractional or absurd tip on its field', () => {
    expect(fieldOf(() => cleanTip(-1, 'input.tip'))).toBe('input.tip');
    expect(fieldOf(() => cleanTip(1.5, 'input.tip'))).toBe('input.tip');
    expect(fieldOf(() => cleanTip(MAX_TIP + 1, 'input.tip'))).toBe('input.tip');
  });
});

describe('pick-up orders', () => {
  it('take no tip: it is the courier’s, and a collected order has none', () => {
    expect(cleanTipFor(Fulfilment.Pickup, undefined, 'input.tip')).toBe(0);
    expect(cleanTipFor(Fulfilment.Pickup, 0, 'input.tip')).toBe(0);
    expect(fieldOf(() => cleanTipFor(Fulfilment.Pickup, 1, 'input.tip'))).toBe('input.tip');
    expect(cleanTipFor(Fulfilment.Delivery, 300, 'input.tip')).toBe(300);
  });

  it('are another request than the same order delivered, while a delivery’s digest stays what it was', () => {
    const request = {
      restaurantId: 'R',
      lines: [{ menuItemId: 'M', quantity: 1 }],
      paymentMethod: 'QR_CODE',
      deliveryAddress: { line1: 'x' },
    };
    const before = placementFingerprint(request);
    expect(placementFingerprint({ ...request, fulfilment: 'DELIVERY' })).toBe(before);
    expect(placementFingerprint({ ...request, fulfilment: 'PICKUP' })).not.toBe(before);
    expect(placementFingerprint({ ...request, fulfilment: 'PICKUP', tip: 0 })).toBe(
      placementFingerprint({ ...request, fulfilment: 'PICKUP' }),
    );
  });
});
