import { AddressInput } from '@foodgraph/platform/graphql';
import { Field, InputType } from 'type-graphql';
import { Fulfilment, type PaymentMethod } from '../../domain/order-status';
import { FulfilmentEnum, PaymentMethodEnum } from './order-enums';

@InputType({ description: 'What checking out the basket needs besides the basket: where, how to pay, and when.' })
export class CheckoutInput {
  @Field(() => AddressInput, { description: "Where to deliver; for a PICKUP order, the restaurant's address, where it is collected." })
  deliveryAddress!: AddressInput;

  @Field(() => PaymentMethodEnum, { description: 'How the customer pays.' })
  paymentMethod!: PaymentMethod;

  @Field({
    description:
      'A key the client makes up per checkout (e.g. a UUID); sending it again returns the same order, even after the basket was emptied.',
  })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'Notes for the restaurant or courier, up to 500 characters.' })
  notes?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "Order for later: when to deliver, at least 30 minutes and at most 7 days ahead, inside the restaurant's opening hours.",
  })
  scheduledFor?: Date | null;

  @Field(() => FulfilmentEnum, {
    defaultValue: Fulfilment.Delivery,
    description: 'Delivered by a courier (the default), or collected at the restaurant: no delivery fee, no tip, no courier.',
  })
  fulfilment?: Fulfilment;
}
