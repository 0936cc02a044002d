import { Address, Money } from '@foodgraph/platform/graphql';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { Fulfilment, LineStatus, OrderStatus, PaymentMethod, PaymentStatus } from '../../domain/order-status';
import { FulfilmentEnum, LineStatusEnum, OrderStatusEnum, PaymentMethodEnum, PaymentStatusEnum } from './order-enums';
import { MenuItemRef, RestaurantRef, UserRef } from './references.type';

@ObjectType({ description: 'One line of an order, with the name and price as they were when it was ordered.' })
export class OrderLine {
  @Field(() => ID, { description: 'Unique id of the line.' })
  id!: string;

  @Field(() => MenuItemRef, { description: 'The menu item ordered (it may have changed or gone since).' })
  menuItem!: MenuItemRef;

  @Field({ description: "The item's name when it was ordered." })
  name!: string;

  @Field(() => Money, { description: 'Price of one unit when it was ordered.' })
  unitPrice!: Money;

  @Field(() => Int, { description: 'How many, 1 to 50.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: "The customer's wishes for this line." })
  notes!: string | null;

  @Field(() => Money, { description: 'unitPrice × quantity.' })
  lineTotal!: Money;

  @Field(() => LineStatusEnum, { description: 'Kitchen progress of this line.' })
  status!: LineStatus;
}

@ObjectType({ description: "One step of an order's history." })
export class OrderStatusChange {
  @Field(() => OrderStatusEnum, { description: 'The status the order moved to.' })
  status!: OrderStatus;

  @Field({ description: 'When it moved.' })
  at!: Date;

  @Field(() => UserRef, { nullable: true, description: 'Who moved it; null when the platform did (stock, payment, timeouts).' })
  actor!: UserRef | null;

  @Field(() => String, { nullable: true, description: 'Why, when there is a reason worth telling.' })
  reason!: string | null;
}

@ObjectType({ description: 'How an order is paid and where the money is.' })
export class Payment {
  @Field(() => PaymentMethodEnum, { description: 'How the customer pays.' })
  method!: PaymentMethod;

  @Field(() => PaymentStatusEnum, { description: 'Where the money is.' })
  status!: PaymentStatus;

  @Field(() => Money, { description: "The amount due: the order's total." })
  amount!: Money;

  @Field(() => String, {
    nullable: true,
    description: 'EMV QR payload to render as a QR code and scan with a banking app; null for cash and until stock is reserved.',
  })
  qrCode!: string | null;

  @Field(() => String, { nullable: true, description: "The payment provider's id of this payment." })
  providerReference!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the provider confirmed the payment.' })
  paidAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the payment was refunded.' })
  refundedAt!: Date | null;

  /** Not a field: the provider stored with the payment (`provider` resolves it). */
  providerName!: string | null;

  /** Not a field: the order it pays for (`transactions` reads its log). */
  orderId!: string;

  /** Not a field: the order's restaurant, whose owner may read `transactions`. */
  restaurantId!: string;
}

@ObjectType({ description: "A customer's order from one restaurant." })
@Directive('@key(fields: "id")')
export class Order {
  @Field(() => ID, { description: 'Unique id of the order.' })
  id!: string;

  @Field({ description: 'Short number the kitchen calls out, unique per restaurant per day (e.g. "042").' })
  number!: string;

  @Field(() => UserRef, { description: 'The customer who placed it.' })
  customer!: UserRef;

  @Field(() => RestaurantRef, { description: 'The restaurant it is from.' })
  restaurant!: RestaurantRef;

  @Field(() => Money, { description: 'Sum of the line totals.' })
  subtotal!: Money;

  @Field(() => FulfilmentEnum, { description: 'Delivered by a courier, or collected at the restaurant (PICKUP).' })
  fulfilment!: Fulfilment;

  @Field(() => Money, { description: "The restaurant's delivery fee when it was ordered; zero for a PICKUP order." })
  deliveryFee!: Money;

  @Field(() => Money, { description: 'What the coupon took off the subtotal (never more than it); zero without one.' })
  discount!: Money;

  @Field(() => Money, { description: 'The tip for the courier, all of it theirs; refunded with the order. Zero without one.' })
  tip!: Money;

  @Field(() => Money, { description: 'subtotal + deliveryFee − discount + tip: what the customer pays.' })
  total!: Money;

  @Field(() => Date, {
    nullable: true,
    description: 'When to deliver an order placed for later; null for as soon as possible. It waits SCHEDULED until its kitchen time.',
  })
  scheduledFor!: Date | null;

  /** Not a field: the coupon it redeemed (`coupon` resolves it). */
  couponId!: string | null;

  @Field(() => OrderStatusEnum, { description: 'Where the order is now.' })
  status!: OrderStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled or rejected.' })
  statusReason!: string | null;

  @Field(() => Payment, { description: 'How it is paid and where the money is.' })
  payment!: Payment;

  @Field(() => Address, { description: 'Where it goes.' })
  deliveryAddress!: Address;

  @Field(() => String, { nullable: true, description: "The customer's notes for the restaurant or courier." })
  notes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the restaurant expects it ready (set on acceptance).' })
  estimatedReadyAt!: Date | null;

  @Field({ description: 'When the customer placed it.' })
  placedAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;

  /** Not a field: the currency for the lines' money, resolved separately. */
  currency!: string;
}
