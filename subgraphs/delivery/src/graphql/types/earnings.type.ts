import { Money } from '@foodgraph/platform/graphql';
import { Field, Int, ObjectType } from 'type-graphql';
import type { EarningsSummary } from '../../domain/bonus-rules';

@ObjectType('BonusLine', { description: 'One bonus a courier earned in a period, by rule.' })
export class BonusLine {
  @Field({ description: 'The rule: ON_TIME, PEAK_HOURS, HIGH_RATING or STREAK.' })
  rule!: string;

  @Field({ description: 'How the amount came about, e.g. "3 on-time deliveries × 1.00 EUR".' })
  description!: string;

  @Field(() => Money, { description: 'What the rule paid in the period.' })
  amount!: Money;
}

@ObjectType('CourierEarnings', { description: "A courier's pay for the deliveries delivered in a period." })
export class CourierEarnings {
  @Field(() => Int, { description: 'Deliveries delivered in the period.' })
  deliveries!: number;

  @Field(() => Money, { description: 'Pay per delivery plus pay per kilometre, before bonuses.' })
  basePay!: Money;

  @Field(() => Money, { description: 'The sum of the bonus lines.' })
  bonus!: Money;

  @Field(() => Money, { description: 'basePay + bonus.' })
  total!: Money;

  @Field(() => [BonusLine], { description: 'Each bonus earned, one line per rule that paid anything.' })
  bonusLines!: BonusLine[];
}

/** The GraphQL view of an earnings summary in `currency`. */
export function toEarnings(summary: EarningsSummary, currency: string): CourierEarnings {
  return Object.assign(new CourierEarnings(), {
    deliveries: summary.deliveries,
    basePay: Money.of(summary.basePay, currency),
    bonus: Money.of(summary.bonus, currency),
    total: Money.of(summary.total, currency),
    bonusLines: summary.bonusLines.map((l) =>
      Object.assign(new BonusLine(), { rule: l.rule, description: l.description, amount: Money.of(l.amount, currency) }),
    ),
  });
}
