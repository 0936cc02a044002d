import { Money } from '@foodgraph/platform/graphql';
import type { CouponEntity } from '../entities/coupon.entity';
import { Coupon } from './types/coupon.type';
import { restaurantRef } from './types/references.type';

/**
 * The currency a platform-wide coupon's minimum order is shown in: such a coupon has no
 * restaurant to take one from, and the platform's restaurants share one in practice.
 */
const PLATFORM_CURRENCY = 'EUR';

/** A coupon row as the GraphQL `Coupon`. */
export function toCoupon(c: CouponEntity): Coupon {
  return Object.assign(new Coupon(), {
    id: c.id,
    code: c.code,
    kind: c.kind,
    value: c.value,
    minimumOrder: c.minimumOrder === null ? null : Money.of(c.minimumOrder, c.currency ?? PLATFORM_CURRENCY),
    validFrom: c.validFrom,
    validUntil: c.validUntil,
    maxRedemptions: c.maxRedemptions,
    perCustomerLimit: c.perCustomerLimit,
    restaurant: c.restaurantId ? restaurantRef(c.restaurantId) : null,
    redemptions: c.redemptions,
    active: c.active,
  });
}
