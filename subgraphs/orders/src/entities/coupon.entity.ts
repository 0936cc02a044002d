import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CouponKind, CouponTerms } from '../domain/coupon-terms';

/**
 * A coupon: platform-wide (an admin's, `restaurantId` null) or one restaurant's (its owner's).
 * `redemptions` counts the orders holding it that are not cancelled or rejected: raised in the
 * placing transaction while the row is locked, lowered when such an order fails, so the limit
 * holds however many customers race for the last one.
 */
@Entity('coupons')
export class CouponEntity implements CouponTerms {
  @PrimaryColumn('uuid')
  id!: string;

  /** Upper case; unique, so codes compare case-insensitively. */
  @Column('text')
  code!: string;

  @Column('text')
  kind!: CouponKind;

  /** Percent (1..100) or minor units. */
  @Column('integer')
  value!: number;

  @Column('uuid', { name: 'restaurant_id', nullable: true })
  restaurantId!: string | null;

  /** The restaurant's currency for its coupons; null for platform-wide ones (any currency). */
  @Column('text', { nullable: true })
  currency!: string | null;

  @Column('integer', { name: 'minimum_order', nullable: true })
  minimumOrder!: number | null;

  @Column('timestamptz', { name: 'valid_from', nullable: true })
  validFrom!: Date | null;

  @Column('timestamptz', { name: 'valid_until', nullable: true })
  validUntil!: Date | null;

  @Column('integer', { name: 'max_redemptions', nullable: true })
  maxRedemptions!: number | null;

  @Column('integer', { name: 'per_customer_limit', nullable: true })
  perCustomerLimit!: number | null;

  @Column('integer')
  redemptions!: number;

  @Column('boolean')
  active!: boolean;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
