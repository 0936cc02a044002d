import { Money } from '@foodgraph/platform/graphql';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: "One entry of an order's payment log: a call to the payment provider or a webhook from it." })
export class PaymentTransaction {
  @Field({
    description:
      'What happened: create (QR payment created), paid, failed (the provider reported it), refund, cancel (an unpaid payment voided), webhook-rejected, webhook-ignored.',
  })
  kind!: string;

  @Field({
    description:
      'How it went: PENDING for a created payment, what the platform did with a notification (APPLIED, ALREADY_SETTLED, AMOUNT_MISMATCH, REFUND_SCHEDULED, IGNORED, UNKNOWN_REFERENCE), REFUNDED, CANCELLED or ERROR.',
  })
  status!: string;

  @Field(() => Money, { description: 'The money it was about (zero when none moved).' })
  amount!: Money;

  @Field(() => String, { nullable: true, description: "The provider's id of the payment or refund." })
  providerReference!: string | null;

  @Field({ description: 'When it happened.' })
  at!: Date;
}
