export const CouponKind = { Percent: 'PERCENT', Fixed: 'FIXED' } as const;
export type CouponKind = (typeof CouponKind)[keyof typeof CouponKind];

/** What of a coupon decides its discount: a percentage (1..100) or a fixed amount in minor units. */
export interface CouponValue {
  kind: CouponKind;
  value: number;
}

/**
 * The discount a coupon gives on a subtotal: a percentage rounded down to the minor unit (the
 * platform never gives away a fraction it cannot charge back), or the fixed amount; never
 * more than the subtotal, so the food is at worst free and the delivery fee is still paid.
 */
export function couponDiscount(coupon: CouponValue, subtotal: number): number {
  if (subtotal <= 0) return 0;
  const raw = coupon.kind === CouponKind.Percent ? Math.floor((subtotal * coupon.value) / 100) : coupon.value;
  return Math.max(0, Math.min(raw, subtotal));
}
