import type { EarningsPolicy } from './earnings-policy';

/** A delivered delivery as the bonus rules see it. */
export interface CompletedDelivery {
  deliveryId: string;
  deliveredAt: Date;
  /** The ETA promised when the courier accepted; null if none could be computed. */
  promisedAt: Date | null;
  /** What the delivery paid before bonuses (base + distance). */
  pay: number;
  /** The customer's stars for the courier; null until (unless) reviewed. */
  courierRating: number | null;
  /** The customer's tip, all of it the courier's. @default 0 */
  tip?: number;
}

/** One bonus earned over a period: which rule, a human explanation, how much. */
export interface BonusLine {
  rule: string;
  description: string;
  amount: number;
}

/** A bonus rule: a pure function of the period's deliveries (any order) and the policy. */
export type BonusRule = (deliveries: readonly CompletedDelivery[], policy: EarningsPolicy) => BonusLine | null;

/** Amounts in descriptions, e.g. `1.50 EUR` (two decimals: the currencies couriers are paid in). */
const money = (amount: number, currency: string): string => `${(amount / 100).toFixed(2)} ${currency}`;
/** `1 delivery × …` / `3 deliveries × …`: `what` is the singular and the plural. */
const times = (n: number, what: [string, string], each: number, policy: EarningsPolicy): string =>
  `${n} ${n === 1 ? what[0] : what[1]} × ${money(each, policy.currency)}`;

/** Arrived no later than the promised ETA plus the grace minutes. */
export function isOnTime(delivery: CompletedDelivery, graceMinutes: number): boolean {
  return delivery.promisedAt !== null && delivery.deliveredAt.getTime() <= delivery.promisedAt.getTime() + graceMinutes * 60_000;
}

/** Minutes after local midnight of `at` in `timeZone`. */
export function localMinuteOfDay(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

const line = (rule: string, count: number, description: string, each: number): BonusLine | null =>
  count > 0 && each > 0 ? { rule, description, amount: count * each } : null;

/** ON_TIME: every delivery delivered before its ETA at assignment plus the grace period. */
export const onTimeBonus: BonusRule = (deliveries, policy) => {
  const { amount, graceMinutes } = policy.onTime;
  const n = deliveries.filter((d) => isOnTime(d, graceMinutes)).length;
  return line(
    'ON_TIME',
    n,
    `${times(n, ['on-time delivery', 'on-time deliveries'], amount, policy)} (ETA at assignment + ${graceMinutes} min)`,
    amount,
  );
};

/** PEAK_HOURS: every delivery delivered inside a peak window, local time. */
export const peakHoursBonus: BonusRule = (deliveries, policy) => {
  const { amount, windows, timeZone } = policy.peak;
  const n = deliveries.filter((d) => {
    const minute = localMinuteOfDay(d.deliveredAt, timeZone);
    return windows.some((w) => minute >= w.start && minute < w.end);
  }).length;
  return line('PEAK_HOURS', n, times(n, ['delivery in peak hours', 'deliveries in peak hours'], amount, policy), amount);
};

/** HIGH_RATING: every delivery the customer rated at least `minRating` for the courier. */
export const highRatingBonus: BonusRule = (deliveries, policy) => {
  const { amount, minRating } = policy.highRating;
  const n = deliveries.filter((d) => d.courierRating !== null && d.courierRating >= minRating).length;
  return line(
    'HIGH_RATING',
    n,
    times(n, [`delivery rated ${minRating}+ stars`, `deliveries rated ${minRating}+ stars`], amount, policy),
    amount,
  );
};

/**
 * STREAK: in delivery order, every `length` consecutive on-time deliveries earn one bonus;
 * a late one breaks the run, and a completed streak starts the count again.
 */
export const streakBonus: BonusRule = (deliveries, policy) => {
  const { amount, length } = policy.streak;
  if (length < 1) return null;
  const ordered = [...deliveries].sort((a, b) => a.deliveredAt.getTime() - b.deliveredAt.getTime());
  let run = 0;
  let streaks = 0;
  for (const d of ordered) {
    run = isOnTime(d, policy.onTime.graceMinutes) ? run + 1 : 0;
    if (run === length) {
      streaks += 1;
      run = 0;
    }
  }
  return line(
    'STREAK',
    streaks,
    times(streaks, [`streak of ${length} on-time deliveries`, `streaks of ${length} on-time deliveries`], amount, policy),
    amount,
  );
};

/** The rules applied, in the order their lines are listed. */
export const BONUS_RULES: readonly BonusRule[] = [onTimeBonus, peakHoursBonus, highRatingBonus, streakBonus];

/**
 * TIP: one line per tipped delivery, the whole tip, in delivery order. Not a rule over the
 * period like the bonuses above: each tip is one customer's, so each gets its own line.
 */
export function tipLines(deliveries: readonly CompletedDelivery[], policy: Pick<EarningsPolicy, 'currency'>): BonusLine[] {
  return [...deliveries]
    .filter((d) => (d.tip ?? 0) > 0)
    .sort((a, b) => a.deliveredAt.getTime() - b.deliveredAt.getTime())
    .map((d) => ({
      rule: 'TIP',
      description: `Tip of ${money(d.tip ?? 0, policy.currency)} for the delivery of ${d.deliveredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      amount: d.tip ?? 0,
    }));
}

/** A courier's earnings over a period. */
export interface EarningsSummary {
  deliveries: number;
  basePay: number;
  bonus: number;
  total: number;
  bonusLines: BonusLine[];
}

/** Adds up the period's pay, applies every bonus rule and adds each tip as its own line. */
export function summarizeEarnings(
  deliveries: readonly CompletedDelivery[],
  policy: EarningsPolicy,
  rules: readonly BonusRule[] = BONUS_RULES,
): EarningsSummary {
  const basePay = deliveries.reduce((sum, d) => sum + d.pay, 0);
  const bonusLines = [
    ...rules.map((rule) => rule(deliveries, policy)).filter((l): l is BonusLine => l !== null),
    ...tipLines(deliveries, policy),
  ];
  const bonus = bonusLines.reduce((sum, l) => sum + l.amount, 0);
  return { deliveries: deliveries.length, basePay, bonus, total: basePay + bonus, bonusLines };
}
