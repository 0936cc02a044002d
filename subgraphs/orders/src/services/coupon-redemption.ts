import { BadUserInputError } from '@foodgraph/platform/errors';
import type { EntityManager } from 'typeorm';
import { checkCouponApplies, isPlausibleCouponCode, normalizeCouponCode, type CouponUse } from '../domain/coupon-terms';
import { OrderStatus } from '../domain/order-status';
import { CouponEntity } from '../entities/coupon.entity';

/** The order a coupon is redeemed for, as the redemption needs it. */
export interface RedemptionRequest extends Omit<CouponUse, 'customerRedemptions'> {
  customerId: string;
}

/** A coupon by its code (any case); null when there is none. */
export function findCouponByCode(manager: EntityManager, code: string): Promise<CouponEntity | null> {
  const normalized = normalizeCouponCode(code);
  return normalized && isPlausibleCouponCode(normalized) ? manager.findOneBy(CouponEntity, { code: normalized }) : Promise.resolve(null);
}

/** How many of the customer's orders hold a redemption of the coupon (not cancelled or rejected). */
export async function customerRedemptions(manager: EntityManager, couponId: string, customerId: string): Promise<number> {
  const [row] = await manager.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM orders WHERE coupon_id = $1 AND customer_id = $2 AND status NOT IN ($3, $4)`,
    [couponId, customerId, OrderStatus.Cancelled, OrderStatus.Rejected],
  );
  return row?.n ?? 0;
}

/**
 * Redeems a coupon for an order being placed, in the placing transaction. The coupon row is
 * locked first, so concurrent placements for it queue here and each sees the redemptions the
 * ones before it committed: the last redemption goes to exactly one of them, and the others
 * get BAD_USER_INPUT on `field` ("used up"). The conditional UPDATE and the table's CHECK stand
 * behind that lock should anything ever bypass it. A rolled-back placement (a lost idempotency
 * race, any failure) rolls its redemption back with it.
 */
export async function redeemCoupon(manager: EntityManager, code: string, request: RedemptionRequest, field: string): Promise<CouponEntity> {
  const normalized = normalizeCouponCode(code);
  const coupon =
    normalized && isPlausibleCouponCode(normalized)
      ? await manager.findOne(CouponEntity, { where: { code: normalized }, lock: { mode: 'pessimistic_write' } })
      : null;
  if (!coupon) throw new BadUserInputError(field, 'There is no coupon with this code');
  const mine = coupon.perCustomerLimit === null ? 0 : await customerRedemptions(manager, coupon.id, request.customerId);
  checkCouponApplies(coupon, { ...request, customerRedemptions: mine }, field);
  const taken = await manager.query<Array<{ redemptions: number }>>(
    `UPDATE coupons SET redemptions = redemptions + 1
      WHERE id = $1 AND (max_redemptions IS NULL OR redemptions < max_redemptions) RETURNING redemptions`,
    [coupon.id],
  );
  // typeorm's postgres driver returns [rows, count] for UPDATE … RETURNING.
  const rows = (Array.isArray(taken[0]) ? taken[0] : taken) as Array<{ redemptions: number }>;
  if (rows.length === 0) throw new BadUserInputError(field, `The coupon ${coupon.code} has been used up`);
  coupon.redemptions = rows[0].redemptions;
  return coupon;
}

/**
 * Gives an order's redemption back when it is cancelled or rejected. Those statuses are final,
 * so an order gets there once and the redemption is released exactly once.
 */
export async function releaseCoupon(manager: EntityManager, couponId: string): Promise<void> {
  await manager.query(`UPDATE coupons SET redemptions = redemptions - 1 WHERE id = $1 AND redemptions > 0`, [couponId]);
}
