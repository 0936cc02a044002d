import { BadUserInputError } from '@foodgraph/platform/errors';
import type { CouponValue } from './coupon-discount';
import { formatAmount } from './pricing';

export { CouponKind, couponDiscount, type CouponValue } from './coupon-discount';

/** A coupon as the rules see it (the entity satisfies this). */
export interface CouponTerms extends CouponValue {
  code: string;
  /** null: platform-wide; else only for this restaurant's orders. */
  restaurantId: string | null;
  currency: string | null;
  minimumOrder: number | null;
  validFrom: Date | null;
  validUntil: Date | null;
  maxRedemptions: number | null;
  perCustomerLimit: number | null;
  redemptions: number;
  active: boolean;
}

/** The order a coupon is tried on. */
export interface CouponUse {
  restaurantId: string;
  currency: string;
  subtotal: number;
  now: Date;
  /** Orders of this customer that hold a redemption of the coupon (not cancelled or rejected). */
  customerRedemptions: number;
}

/** Why the coupon cannot be used on this order, or null when it can. Messages are for the customer. */
export function couponRefusal(coupon: CouponTerms, use: CouponUse): string | null {
  if (!coupon.active) return `The coupon ${coupon.code} is no longer valid`;
  if (coupon.restaurantId !== null && coupon.restaurantId !== use.restaurantId)
    return `The coupon ${coupon.code} is not valid at this restaurant`;
  if (coupon.currency !== null && coupon.currency !== use.currency) return `The coupon ${coupon.code} is not valid at this restaurant`;
  if (coupon.validFrom && use.now < coupon.validFrom) return `The coupon ${coupon.code} is not valid yet`;
  if (coupon.validUntil && use.now >= coupon.validUntil) return `The coupon ${coupon.code} has expired`;
  if (coupon.minimumOrder !== null && use.subtotal < coupon.minimumOrder)
    return `The coupon ${coupon.code} needs an order of at least ${formatAmount(coupon.minimumOrder, use.currency)}`;
  if (coupon.perCustomerLimit !== null && use.customerRedemptions >= coupon.perCustomerLimit)
    return `You have already used the coupon ${coupon.code} as often as it allows`;
  if (coupon.maxRedemptions !== null && coupon.redemptions >= coupon.maxRedemptions) return `The coupon ${coupon.code} has been used up`;
  return null;
}

/** Throws BAD_USER_INPUT on `field` unless the coupon can be used on this order. */
export function checkCouponApplies(coupon: CouponTerms, use: CouponUse, field: string): void {
  const refusal = couponRefusal(coupon, use);
  if (refusal) throw new BadUserInputError(field, refusal);
}

/** Longer than any code `createCoupon` accepts: such a code names no coupon and is not looked up. */
const MAX_CODE_LENGTH = 64;

/** A code as stored and compared: trimmed, upper case; blank means no coupon. */
export function normalizeCouponCode(code: string | null | undefined): string | null {
  const trimmed = code?.trim() ?? '';
  return trimmed === '' ? null : trimmed.toUpperCase();
}

/** Whether a (normalized) code could belong to a coupon at all. */
export function isPlausibleCouponCode(code: string): boolean {
  return code.length <= MAX_CODE_LENGTH;
}
