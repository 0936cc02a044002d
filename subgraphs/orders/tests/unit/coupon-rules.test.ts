import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import { caller, outcomeOf } from '@foodgraph/testing/policy';
import { cleanCouponRequest, type CouponRequest } from '../../src/domain/coupon-input-rules';
import { assertCanListCoupons, assertCanManageCoupon } from '../../src/services/access';

const owner = caller('PARTNER', 'owner-1');
const callers: Array<[string, Identity]> = [
  ['anonymous', ANONYMOUS],
  ['a customer', caller('CUSTOMER', 'customer-1')],
  ["the restaurant's owner", owner],
  ['another partner', caller('PARTNER', 'owner-2')],
  ["the restaurant's kitchen staff", caller('STAFF', 'staff-1')],
  ['a courier', caller('COURIER', 'courier-1')],
  ['an admin', caller('ADMIN', 'admin-1')],
];

/** Expected outcomes in the order of `callers`. */
const policy: Array<[string, (identity: Identity) => unknown, string[]]> = [
  [
    "manages the restaurant's coupon",
    (i) => assertCanManageCoupon(i, { restaurantId: 'r1' }, 'owner-1'),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'],
  ],
  [
    'manages a platform-wide coupon',
    (i) => assertCanManageCoupon(i, { restaurantId: null }, null),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'],
  ],
  [
    "lists the restaurant's coupons",
    (i) => assertCanListCoupons(i, 'r1', 'owner-1'),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'ok'],
  ],
  [
    'lists coupons without naming a restaurant (admins: all; partners: their own)',
    (i) => assertCanListCoupons(i, null, null),
    ['UNAUTHENTICATED', 'FORBIDDEN', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'ok'],
  ],
];

describe('orders: who runs coupons', () => {
  describe.each(policy)('%s', (_what, guard, expected) => {
    it.each(callers.map(([who, identity], i) => [who, identity, expected[i]] as const))('%s → %s', (_who, identity, outcome) => {
      expect(outcomeOf(() => guard(identity))).toBe(outcome);
    });
  });

  it('refuses the owner of an unknown restaurant (the read model has no owner for it)', () => {
    expect(outcomeOf(() => assertCanManageCoupon(owner, { restaurantId: 'r9' }, null))).toBe('FORBIDDEN');
  });
});

describe("createCoupon's input", () => {
  const base: CouponRequest = { code: ' spring-10 ', kind: 'PERCENT', value: 10 };
  const field = (request: CouponRequest): string | undefined => {
    try {
      cleanCouponRequest(request);
      return undefined;
    } catch (error) {
      return (error as { extensions?: { field?: string } }).extensions?.field;
    }
  };

  it('normalizes the code and leaves absent limits null', () => {
    expect(cleanCouponRequest(base)).toEqual({
      code: 'SPRING-10',
      kind: 'PERCENT',
      value: 10,
      restaurantId: null,
      minimumOrder: null,
      validFrom: null,
      validUntil: null,
      maxRedemptions: null,
      perCustomerLimit: null,
    });
  });

  it('names the field at fault', () => {
    expect(field({ ...base, code: 'x' })).toBe('input.code');
    expect(field({ ...base, code: 'no spaces' })).toBe('input.code');
    expect(field({ ...base, value: 0 })).toBe('input.value');
    expect(field({ ...base, value: 101 })).toBe('input.value');
    expect(field({ ...base, kind: 'FIXED', value: 101 })).toBeUndefined();
    expect(field({ ...base, kind: 'FIXED', value: 1.5 })).toBe('input.value');
    expect(field({ ...base, minimumOrder: -1 })).toBe('input.minimumOrder');
    expect(field({ ...base, maxRedemptions: 0 })).toBe('input.maxRedemptions');
    expect(field({ ...base, perCustomerLimit: 0 })).toBe('input.perCustomerLimit');
    const t = new Date('2026-12-01T00:00:00Z');
    expect(field({ ...base, validFrom: t, validUntil: t })).toBe('input.validUntil');
  });
});
