import {
  highRatingBonus,
  isOnTime,
  localMinuteOfDay,
  onTimeBonus,
  peakHoursBonus,
  streakBonus,
  summarizeEarnings,
  tipLines,
  type CompletedDelivery,
} from '../../src/domain/bonus-rules';
import { deliveryPay, parsePeakWindows, type EarningsPolicy } from '../../src/domain/earnings-policy';

const policy: EarningsPolicy = {
  currency: 'EUR',
  basePay: 300,
  perKm: 80,
  onTime: { amount: 100, graceMinutes: 5 },
  // Berlin lunch and dinner; in January Berlin is UTC+1.
  peak: { amount: 150, windows: parsePeakWindows('11:30-14:00,18:00-21:00')!, timeZone: 'Europe/Berlin' },
  highRating: { amount: 100, minRating: 5 },
  streak: { amount: 500, length: 3 },
};

const d = (
  id: string,
  delivered: string,
  promised: string | null,
  distanceMeters: number,
  courierRating: number | null,
): CompletedDelivery => ({
  deliveryId: id,
  deliveredAt: new Date(`2026-01-15T${delivered}:00Z`),
  promisedAt: promised ? new Date(`2026-01-15T${promised}:00Z`) : null,
  pay: deliveryPay(distanceMeters, policy),
  courierRating,
});

/*
 * Six deliveries on 15 January 2026 (UTC times; local = UTC+1):
 *        delivered  promised  on time?           local  peak?  stars  distance  pay
 *   d1   10:40      10:38     yes (2 min late)   11:40  yes    5      2500 m    300 + 200 = 500
 *   d2   11:20      11:30     yes                12:20  yes    4      1250 m    300 + 100 = 400
 *   d3   14:00      13:50     no (10 min late)   15:00  no     -      4000 m    300 + 320 = 620
 *   d4   17:10      17:20     yes                18:10  yes    5       500 m    300 +  40 = 340
 *   d5   18:00      18:05     yes                19:00  yes    3      3333 m    300 + 267 = 567
 *   d6   20:00      20:10     yes                21:00  no (end is exclusive)  -  0 m  300
 */
const deliveries = [
  d('d1', '10:40', '10:38', 2500, 5),
  d('d2', '11:20', '11:30', 1250, 4),
  d('d3', '14:00', '13:50', 4000, null),
  d('d4', '17:10', '17:20', 500, 5),
  d('d5', '18:00', '18:05', 3333, 3),
  d('d6', '20:00', '20:10', 0, null),
];

describe('courier pay and bonus rules', () => {
  it('pays a base per delivery plus a rounded amount per kilometre', () => {
    expect(deliveries.map((x) => x.pay)).toEqual([500, 400, 620, 340, 567, 300]);
  });

  it('counts a delivery on time up to the grace period after the promised ETA, never without one', () => {
    expect(isOnTime(d('x', '12:05', '12:00', 0, null), 5)).toBe(true);
    expect(isOnTime(d('x', '12:06', '12:00', 0, null), 5)).toBe(false);
    expect(isOnTime(d('x', '12:00', null, 0, null), 5)).toBe(false);
  });

  it('reads peak hours in the policy time zone', () => {
    expect(localMinuteOfDay(new Date('2026-01-15T10:40:00Z'), 'Europe/Berlin')).toBe(11 * 60 + 40);
    expect(localMinuteOfDay(new Date('2026-07-15T10:40:00Z'), 'Europe/Berlin')).toBe(12 * 60 + 40);
  });

  it('gives one line per rule that paid, as computed by hand', () => {
    expect(onTimeBonus(deliveries, policy)).toEqual({
      rule: 'ON_TIME',
      description: '5 on-time deliveries × 1.00 EUR (ETA at assignment + 5 min)',
      amount: 500,
    });
    expect(peakHoursBonus(deliveries, policy)).toEqual({
      rule: 'PEAK_HOURS',
      description: '4 deliveries in peak hours × 1.50 EUR',
      amount: 600,
    });
    expect(highRatingBonus(deliveries, policy)).toEqual({
      rule: 'HIGH_RATING',
      description: '2 deliveries rated 5+ stars × 1.00 EUR',
      amount: 200,
    });
    // In order: d1 ✓ d2 ✓ d3 ✗ (run broken) d4 ✓ d5 ✓ d6 ✓ → one run of three.
    expect(streakBonus(deliveries, policy)).toEqual({
      rule: 'STREAK',
      description: '1 streak of 3 on-time deliveries × 5.00 EUR',
      amount: 500,
    });
  });

  it('applies streaks in delivery order whatever order the rows come in, without overlapping runs', () => {
    const shuffled = [deliveries[5], deliveries[0], deliveries[3], deliveries[2], deliveries[4], deliveries[1]];
    expect(streakBonus(shuffled, policy)?.amount).toBe(500);
    const sixOnTime = Array.from({ length: 7 }, (_, i) => d(`s${i}`, `0${i}:10`, `0${i}:20`, 0, null));
    expect(streakBonus(sixOnTime, policy)?.description).toBe('2 streaks of 3 on-time deliveries × 5.00 EUR');
  });

  it('sums the period: base 2727 + bonus 1800 = 4527', () => {
    expect(summarizeEarnings(deliveries, policy)).toEqual({
      deliveries: 6,
      basePay: 2727,
      bonus: 1800,
      total: 4527,
      bonusLines: [onTimeBonus, peakHoursBonus, highRatingBonus, streakBonus].map((rule) => rule(deliveries, policy)),
    });
  });

  it('lists nothing for an empty period or rules switched off', () => {
    expect(summarizeEarnings([], policy)).toEqual({ deliveries: 0, basePay: 0, bonus: 0, total: 0, bonusLines: [] });
    const noBonus = { ...policy, onTime: { amount: 0, graceMinutes: 5 } };
    expect(onTimeBonus(deliveries, noBonus)).toBeNull();
  });

  it('pays every tip in full as its own TIP line, in delivery order, on top of the bonuses', () => {
    const tipped = [
      { ...deliveries[3], tip: 250 },
      { ...deliveries[0], tip: 120 },
      { ...deliveries[1], tip: 0 },
    ];
    const lines = tipLines(tipped, policy);
    expect(lines.map((l) => [l.rule, l.amount])).toEqual([
      ['TIP', 120],
      ['TIP', 250],
    ]);
    expect(lines[0].description).toMatch(/^Tip of 1\.20 EUR for the delivery of \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
    const withTips = summarizeEarnings(tipped, policy);
    const withoutTips = summarizeEarnings(
      tipped.map((t) => ({ ...t, tip: 0 })),
      policy,
    );
    expect(withTips.bonus - withoutTips.bonus).toBe(370);
    expect(withTips.total - withoutTips.total).toBe(370);
    expect(withTips.bonusLines.slice(-2)).toEqual(lines);
  });
});
