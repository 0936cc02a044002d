import type { Identity } from '@foodgraph/platform/auth';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { BadUserInputError, ConflictError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid, uuidv7 } from '@foodgraph/platform/ids';
import type { Logger } from '@foodgraph/platform/logging';
import { checkPageSize, decodeAfterId } from '@foodgraph/platform/pagination';
import type { Clock } from '@foodgraph/platform/process';
import { In, LessThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { cleanCouponRequest, type CouponRequest } from '../domain/coupon-input-rules';
import { couponDiscount, couponRefusal } from '../domain/coupon-terms';
import { CouponEntity } from '../entities/coupon.entity';
import { RestaurantSnapshotEntity } from '../entities/restaurant-snapshot.entity';
import { assertCanListCoupons, assertCanManageCoupon } from './access';
import { customerRedemptions, findCouponByCode } from './coupon-redemption';
import { findOwners, findRestaurant } from './menu-read-model';

const CODE_INDEX = 'coupons_code';

/** Where a coupon is tried before an order exists (the basket): its verdict, not a redemption. */
export interface CouponTrial {
  customerId: string;
  /** null while the basket is empty: any restaurant's coupon may be applied then. */
  restaurantId: string | null;
  currency: string;
  /** The subtotal to judge the minimum order on; null to leave the minimum out (the basket may still grow). */
  subtotal: number | null;
  now: Date;
}

/** A coupon's verdict on an order-to-be: its discount, or why it does not apply. */
export type CouponVerdict = { discount: number } | { problem: string };

/**
 * Coupons: created by admins (platform-wide) and restaurant owners (their restaurant's),
 * deactivated by the same, listed for them; and judged for baskets. Redeeming one is part of
 * placing an order (`coupon-redemption.ts`), in the order's own transaction.
 */
export class CouponService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** `createCoupon`: an admin (any, platform-wide included) or the restaurant's owner. */
  async create(identity: Identity, request: CouponRequest): Promise<CouponEntity> {
    const clean = cleanCouponRequest(request);
    const manager = this.dataSource.manager;
    const restaurant = clean.restaurantId === null ? null : await findRestaurant(manager, clean.restaurantId);
    if (clean.restaurantId !== null && !restaurant) throw new BadUserInputError('input.restaurantId', 'No such restaurant');
    const user = assertCanManageCoupon(identity, clean, restaurant?.ownerId ?? null);
    const now = this.clock();
    const coupon = Object.assign(new CouponEntity(), {
      id: uuidv7(now.getTime()),
      ...clean,
      restaurantId: restaurant?.id ?? null,
      currency: restaurant?.currency ?? null,
      redemptions: 0,
      active: true,
      createdBy: user.userId,
      createdAt: now,
    } satisfies CouponEntity);
    try {
      await manager.insert(CouponEntity, coupon);
    } catch (error) {
      if (isUniqueViolation(error, CODE_INDEX)) throw new ConflictError(`A coupon with the code ${clean.code} exists already`);
      throw error;
    }
    this.logger.info({ couponId: coupon.id, code: coupon.code, restaurantId: coupon.restaurantId, by: user.userId }, 'coupon created');
    return coupon;
  }

  /**
   * `deactivateCoupon`: it stops applying to new orders; orders that hold it keep their
   * discount. Deactivating an inactive coupon changes nothing.
   */
  async deactivate(identity: Identity, id: string): Promise<CouponEntity> {
    const manager = this.dataSource.manager;
    const coupon = isUuid(id) ? await manager.findOneBy(CouponEntity, { id: id.toLowerCase() }) : null;
    const ownerId = coupon?.restaurantId ? ((await findOwners(manager, [coupon.restaurantId])).get(coupon.restaurantId) ?? null) : null;
    if (!coupon) {
      // Only those who may manage coupons at all learn that the id is unknown.
      assertCanListCoupons(identity, null, null);
      throw new NotFoundError('Coupon', id);
    }
    const user = assertCanManageCoupon(identity, coupon, ownerId);
    if (!coupon.active) return coupon;
    await manager.update(CouponEntity, { id: coupon.id }, { active: false });
    this.logger.info({ couponId: coupon.id, code: coupon.code, by: user.userId }, 'coupon deactivated');
    return { ...coupon, active: false };
  }

  /**
   * `coupons`: newest first. An admin sees all (or one restaurant's), an owner the coupons of
   * one of their restaurants, or with no restaurant named those of all of theirs.
   */
  async list(
    identity: Identity,
    restaurantId: string | null | undefined,
    first: number,
    after: string | null | undefined,
  ): Promise<CouponEntity[]> {
    const manager = this.dataSource.manager;
    const id = restaurantId ?? null;
    const ownerId = id === null ? null : ((await findOwners(manager, [id])).get(id.toLowerCase()) ?? null);
    const user = assertCanListCoupons(identity, id, ownerId);
    const size = checkPageSize(first);
    const afterId = decodeAfterId(after);
    const where: FindOptionsWhere<CouponEntity> = afterId ? { id: LessThan(afterId) } : {};
    if (id !== null) {
      if (!isUuid(id)) return [];
      where.restaurantId = id.toLowerCase();
    } else if (user.role !== 'ADMIN') {
      const owned = await manager.find(RestaurantSnapshotEntity, { where: { ownerId: user.userId }, select: { id: true } });
      if (owned.length === 0) return [];
      where.restaurantId = In(owned.map((r) => r.id));
    }
    return manager.find(CouponEntity, { where, order: { id: 'DESC' }, take: size });
  }

  /** A coupon by id, for `Order.coupon` (whoever may read the order sees its coupon). */
  byId(id: string): Promise<CouponEntity | null> {
    return this.dataSource.manager.findOneBy(CouponEntity, { id });
  }

  /**
   * The verdict of the coupon with `code` on a basket: its discount on `subtotal`, or why it
   * does not apply now; null when no coupon has that code. Nothing is redeemed: that happens
   * when the basket is checked out.
   */
  async judge(code: string, trial: CouponTrial): Promise<CouponVerdict | null> {
    const manager = this.dataSource.manager;
    const coupon = await findCouponByCode(manager, code);
    if (!coupon) return null;
    const mine = coupon.perCustomerLimit === null ? 0 : await customerRedemptions(manager, coupon.id, trial.customerId);
    const problem = couponRefusal(
      // With no subtotal yet the minimum order is left out; with no restaurant yet, the restaurant.
      { ...coupon, minimumOrder: trial.subtotal === null ? null : coupon.minimumOrder },
      {
        restaurantId: trial.restaurantId ?? coupon.restaurantId ?? '',
        currency: trial.restaurantId === null ? (coupon.currency ?? trial.currency) : trial.currency,
        subtotal: trial.subtotal ?? 0,
        now: trial.now,
        customerRedemptions: mine,
      },
    );
    return problem ? { problem } : { discount: couponDiscount(coupon, trial.subtotal ?? 0) };
  }
}
