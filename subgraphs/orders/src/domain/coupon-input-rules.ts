import { BadUserInputError } from '@foodgraph/platform/errors';
import { CouponKind, normalizeCouponCode } from './coupon-terms';
import { MAX_AMOUNT } from './pricing';

/** `createCoupon`'s input as the resolver hands it over. */
export interface CouponRequest {
  code: string;
  kind: CouponKind;
  value: number;
  restaurantId?: string | null;
  minimumOrder?: number | null;
  validFrom?: Date | null;
  validUntil?: Date | null;
  maxRedemptions?: number | null;
  perCustomerLimit?: number | null;
}

/** A checked coupon request: the code normalized, absent limits as null. */
export interface CleanCoupon {
  code: string;
  kind: CouponKind;
  value: number;
  restaurantId: string | null;
  minimumOrder: number | null;
  validFrom: Date | null;
  validUntil: Date | null;
  maxRedemptions: number | null;
  perCustomerLimit: number | null;
}

/** Letters, digits, `-` and `_`: what fits on a flyer and is typed without doubt. */
const CODE = /^[A-Z0-9_-]{3,32}$/;
const MAX_LIMIT = 1_000_000;

function optionalInt(value: number | null | undefined, field: string, min: number, max: number, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadUserInputError(field, `${what} must be between ${min} and ${max}`);
  return value;
}

/** Checks `createCoupon`'s input, naming the field at fault (`input.value`, …). */
export function cleanCouponRequest(request: CouponRequest, field = 'input'): CleanCoupon {
  const code = normalizeCouponCode(request.code);
  if (code === null || !CODE.test(code)) throw new BadUserInputError(`${field}.code`, 'A code has 3 to 32 letters, digits, "-" or "_"');
  const percent = request.kind === CouponKind.Percent;
  const maxValue = percent ? 100 : MAX_AMOUNT;
  if (!Number.isInteger(request.value) || request.value < 1 || request.value > maxValue)
    throw new BadUserInputError(
      `${field}.value`,
      percent ? 'A percentage is between 1 and 100' : 'A fixed discount is a positive amount in minor units',
    );
  const validFrom = request.validFrom ?? null;
  const validUntil = request.validUntil ?? null;
  if (validFrom && validUntil && validFrom.getTime() >= validUntil.getTime())
    throw new BadUserInputError(`${field}.validUntil`, 'validUntil must be later than validFrom');
  return {
    code,
    kind: request.kind,
    value: request.value,
    restaurantId: request.restaurantId ?? null,
    minimumOrder: optionalInt(request.minimumOrder, `${field}.minimumOrder`, 0, MAX_AMOUNT, 'minimumOrder'),
    validFrom,
    validUntil,
    maxRedemptions: optionalInt(request.maxRedemptions, `${field}.maxRedemptions`, 1, MAX_LIMIT, 'maxRedemptions'),
    perCustomerLimit: optionalInt(request.perCustomerLimit, `${field}.perCustomerLimit`, 1, MAX_LIMIT, 'perCustomerLimit'),
  };
}
