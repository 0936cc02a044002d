import { AddressInput } from '@foodgraph/platform/graphql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { Fulfilment, type PaymentMethod } from '../../domain/order-status';
import { FulfilmentEnum, PaymentMethodEnum } from './order-enums';

@InputType({ description: 'One line of an order as the customer asks for it.' })
export class OrderLineInput {
  @Field(() => ID, { description: "The menu item, from the order's restaurant." })
  menuItemId!: string;

  @Field(() => Int, { description: 'How many, 1 to 50.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Wishes for this line ("no onions"), up to 500 characters.' })
  notes?: string | null;
}

@InputType({ description: 'A new order.' })
export class PlaceOrderInput {
  @Field(() => ID, { description: 'The restaurant to order from; it must be ACTIVE and open.' })
  restaurantId!: string;

  @Field(() => [OrderLineInput], { description: 'What to order: 1 to 50 lines; the subtotal must reach the minimum order.' })
  lines!: OrderLineInput[];

  @Field(() => AddressInput, { description: "Where to deliver; for a PICKUP order, the restaurant's address, where it is collected." })
  deliveryAddress!: AddressInput;

  @Field(() => PaymentMethodEnum, { description: 'How the customer pays.' })
  paymentMethod!: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Notes for the restaurant or courier, up to 500 characters.' })
  notes?: string | null;

  @Field({
    description: 'A key the client makes up per order (e.g. a UUID); sending it again returns the same order instead of a second one.',
  })
  idempotencyKey!: string;

  @Field(() => String, {
    nullable: true,
    description: "A coupon code (case-insensitive): the platform's or the restaurant's; its discount shows on the order.",
  })
  couponCode?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'A tip for the courier in minor units, 0 or more (default 0); the courier gets all of it, and it is refunded with the order.',
  })
  tip?: number | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Order for later: when to deliver, at least 30 minutes and at most 7 days ahead, inside the restaurant's opening hours. Paid now, the order waits SCHEDULED until its kitchen time.",
  })
  scheduledFor?: Date | null;

  @Field(() => FulfilmentEnum, {
    defaultValue: Fulfilment.Delivery,
    description: 'Delivered by a courier (the default), or collected at the restaurant: no delivery fee, no tip, no courier.',
  })
  fulfilment?: Fulfilment;
}
