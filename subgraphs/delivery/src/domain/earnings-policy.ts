/** A daily time window in the policy's time zone, as minutes after midnight: [start, end). */
export interface PeakWindow {
  start: number;
  end: number;
}

/**
 * How couriers are paid. Amounts are minor units of `currency`. Pay for a delivery is fixed
 * when it is delivered (so a later policy change does not rewrite history); bonuses are
 * computed over a period when earnings are asked for, because the rating arrives later.
 */
export interface EarningsPolicy {
  currency: string;
  /** Paid for every delivered delivery. */
  basePay: number;
  /** Paid per kilometre from restaurant to customer (pro rata, rounded to a minor unit). */
  perKm: number;
  /** Per delivery that arrived before the ETA promised at assignment plus `graceMinutes`. */
  onTime: { amount: number; graceMinutes: number };
  /** Per delivery delivered within a peak window (local time in `timeZone`). */
  peak: { amount: number; windows: PeakWindow[]; timeZone: string };
  /** Per delivery the customer rated at least `minRating` stars for the courier. */
  highRating: { amount: number; minRating: number };
  /** Per run of `length` consecutive on-time deliveries (runs do not overlap). */
  streak: { amount: number; length: number };
}

/** What one delivered delivery pays before bonuses. */
export function deliveryPay(distanceMeters: number, policy: Pick<EarningsPolicy, 'basePay' | 'perKm'>): number {
  return policy.basePay + Math.round((distanceMeters * policy.perKm) / 1000);
}

/** `"11:30-14:00,18:00-21:00"` → windows; null when the text is not in that shape. */
export function parsePeakWindows(text: string): PeakWindow[] | null {
  if (text.trim() === '') return [];
  const windows: PeakWindow[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(part);
    if (!m) return null;
    const [start, end] = [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])];
    if (Number(m[2]) > 59 || Number(m[4]) > 59 || start >= end || end > 24 * 60) return null;
    windows.push({ start, end });
  }
  return windows;
}
