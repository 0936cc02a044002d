import { Money } from '@foodgraph/platform/graphql';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CouponKind } from '../../domain/coupon-terms';
import { RestaurantRef } from './references.type';

export const CouponKindEnum = { PERCENT: CouponKind.Percent, FIXED: CouponKind.Fixed } as const;

registerEnumType(CouponKindEnum, {
  name: 'CouponKind',
  description: 'How a coupon discounts an order.',
  valuesConfig: {
    PERCENT: { description: 'A percentage of the subtotal (value 1..100), rounded down to the minor unit.' },
    FIXED: { description: 'A fixed amount in minor units (value), at most the subtotal.' },
  },
});

@ObjectType({ description: "A discount code: the platform's (an admin's) or one restaurant's (its owner's)." })
export class Coupon {
  @Field(() => ID, { description: 'Unique id of the coupon.' })
  id!: string;

  @Field({ description: 'The code customers type; case-insensitive and unique, shown upper case.' })
  code!: string;

  @Field(() => CouponKindEnum, { description: 'Percent or fixed.' })
  kind!: CouponKind;

  @Field(() => Int, { description: 'The percentage (1..100) or the amount in minor units.' })
  value!: number;

  @Field(() => Money, { nullable: true, description: 'The subtotal an order needs for the coupon to apply; null: any.' })
  minimumOrder!: Money | null;

  @Field(() => Date, { nullable: true, description: 'Valid from this time on; null: from its creation.' })
  validFrom!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Valid until this time (exclusive); null: no end.' })
  validUntil!: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many orders may use it in all; null: unlimited.' })
  maxRedemptions!: number | null;

  @Field(() => Int, { nullable: true, description: 'How many orders one customer may use it on; null: unlimited.' })
  perCustomerLimit!: number | null;

  @Field(() => RestaurantRef, { nullable: true, description: 'The restaurant it is for; null for a platform-wide coupon.' })
  restaurant!: RestaurantRef | null;

  @Field(() => Int, { description: 'Orders that use it and are not cancelled or rejected.' })
  redemptions!: number;

  @Field({ description: 'False once deactivated: it no longer applies to new orders.' })
  active!: boolean;
}

@InputType({ description: 'A new coupon.' })
export class CouponInput {
  @Field({ description: 'The code: 3 to 32 letters, digits, "-" or "_"; case-insensitive, unique.' })
  code!: string;

  @Field(() => CouponKindEnum, { description: 'Percent or fixed.' })
  kind!: CouponKind;

  @Field(() => Int, { description: 'The percentage (1..100) or the amount in minor units.' })
  value!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The restaurant it is for (its owner, or an admin); null: platform-wide (admins only).',
  })
  restaurantId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The subtotal an order needs, in minor units; null: any.' })
  minimumOrder?: number | null;

  @Field(() => Date, { nullable: true, description: 'Valid from this time on.' })
  validFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Valid until this time (exclusive); must be later than validFrom.' })
  validUntil?: Date | null;

  @Field(() => Int, { nullable: true, description: 'How many orders may use it in all; null: unlimited.' })
  maxRedemptions?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many orders one customer may use it on; null: unlimited.' })
  perCustomerLimit?: number | null;
}
