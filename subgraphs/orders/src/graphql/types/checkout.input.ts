import { AddressInput } from '@foodgraph/platform/graphql';
import { Field, InputType } from 'type-graphql';
import type { PaymentMethod } from '../../domain/order-status';
import { PaymentMethodEnum } from './order-enums';

@InputType({ description: 'What checking out the basket needs besides the basket: where, how to pay, and when.' })
export class CheckoutInput {
  @Field(() => AddressInput, { description: 'Where to deliver.' })
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
}
