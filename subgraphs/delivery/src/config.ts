import { ConfigError, duration, int, optionalStr, str, type Env } from '@foodgraph/platform/config';
import { parsePeakWindows, type EarningsPolicy } from './domain/earnings-policy';

/** Settings of the delivery subgraph on top of the common ones (see `.env.example`). */
export interface DeliveryConfig {
  /** HTTP port of the process entry point (`PORT`). @default 4004 */
  port: number;
  /** Interface to listen on (`HOST`; containers set 0.0.0.0). @default "127.0.0.1" */
  host: string;
  /** How long a courier has to answer an offer before it goes to the next one (`OFFER_TIMEOUT`). @default 60 seconds */
  offerTimeoutMs: number;
  /**
   * How long a courier who declined a delivery or let its offer expire waits before being
   * offered it again, which only happens once every other available courier had it
   * (`REOFFER_COOLDOWN`); going offline and back online ends the wait early.
   * @default 2 × offerTimeoutMs (2 minutes with the default timeout)
   */
  reofferCooldownMs: number;
  /**
   * How often expired offers and deliveries still waiting for a courier are looked at
   * (`DISPATCH_POLL_INTERVAL`); state changes that free a courier also trigger a pass at once. @default 1 second
   */
  dispatchPollMs: number;
  /** How often the outbox relay looks for events nobody nudged it about (`OUTBOX_POLL_INTERVAL`). @default 250 ms */
  outboxPollMs: number;
  /** Sustained location pings per second and courier (`LOCATION_PINGS_PER_SECOND`). @default 3 */
  pingsPerSecond: number;
  /** Pings a courier may send back to back after a pause (`LOCATION_PING_BURST`). @default 5 */
  pingBurst: number;
  /** How couriers are paid (`EARNINGS_*`, `BASE_PAY`, `PAY_PER_KM`, `*_BONUS`, …). */
  earnings: EarningsPolicy;
}

/** The re-offer cool-down when `REOFFER_COOLDOWN` is not set: two offer timeouts. */
export function defaultReofferCooldown(offerTimeoutMs: number): number {
  return 2 * offerTimeoutMs;
}

export const DEFAULT_DELIVERY_CONFIG: DeliveryConfig = {
  port: 4004,
  host: '127.0.0.1',
  offerTimeoutMs: 60_000,
  reofferCooldownMs: defaultReofferCooldown(60_000),
  dispatchPollMs: 1000,
  outboxPollMs: 250,
  pingsPerSecond: 3,
  pingBurst: 5,
  earnings: {
    currency: 'EUR',
    basePay: 300,
    perKm: 80,
    onTime: { amount: 100, graceMinutes: 5 },
    peak: {
      amount: 150,
      windows: [
        { start: 11 * 60 + 30, end: 14 * 60 },
        { start: 18 * 60, end: 21 * 60 },
      ],
      timeZone: 'UTC',
    },
    highRating: { amount: 100, minRating: 5 },
    streak: { amount: 500, length: 5 },
  },
};

/** Reads and checks the delivery settings; fails fast naming the variable. */
export function readDeliveryConfig(env: Env): DeliveryConfig {
  const d = DEFAULT_DELIVERY_CONFIG;
  const e = d.earnings;
  const positive = (name: string, fallback: number): number => {
    const value = duration(env, name, fallback);
    if (value < 1) throw new ConfigError(name, 'must be longer than 0');
    return value;
  };
  const amount = (name: string, fallback: number): number => int(env, name, fallback, { min: 0, max: 1_000_000 });
  const offerTimeoutMs = positive('OFFER_TIMEOUT', d.offerTimeoutMs);
  return {
    port: int(env, 'PORT', d.port, { min: 0, max: 65_535 }),
    host: str(env, 'HOST', d.host),
    offerTimeoutMs,
    reofferCooldownMs: duration(env, 'REOFFER_COOLDOWN', defaultReofferCooldown(offerTimeoutMs)),
    dispatchPollMs: positive('DISPATCH_POLL_INTERVAL', d.dispatchPollMs),
    outboxPollMs: positive('OUTBOX_POLL_INTERVAL', d.outboxPollMs),
    pingsPerSecond: int(env, 'LOCATION_PINGS_PER_SECOND', d.pingsPerSecond, { min: 1, max: 100 }),
    pingBurst: int(env, 'LOCATION_PING_BURST', d.pingBurst, { min: 1, max: 100 }),
    earnings: {
      currency: readCurrency(env, e.currency),
      basePay: amount('BASE_PAY', e.basePay),
      perKm: amount('PAY_PER_KM', e.perKm),
      onTime: { amount: amount('ON_TIME_BONUS', e.onTime.amount), graceMinutes: int(env, 'ON_TIME_GRACE_MINUTES', 5, { max: 120 }) },
      peak: {
        amount: amount('PEAK_BONUS', e.peak.amount),
        windows: readPeakWindows(env, e.peak.windows),
        timeZone: readTimeZone(env, e.peak.timeZone),
      },
      highRating: {
        amount: amount('HIGH_RATING_BONUS', e.highRating.amount),
        minRating: int(env, 'HIGH_RATING_MIN', 5, { min: 1, max: 5 }),
      },
      streak: { amount: amount('STREAK_BONUS', e.streak.amount), length: int(env, 'STREAK_LENGTH', e.streak.length, { min: 1, max: 100 }) },
    },
  };
}

function readCurrency(env: Env, fallback: string): string {
  const currency = optionalStr(env, 'EARNINGS_CURRENCY') ?? fallback;
  if (!/^[A-Z]{3}$/.test(currency)) throw new ConfigError('EARNINGS_CURRENCY', `must be an ISO-4217 code like EUR, got "${currency}"`);
  return currency;
}

function readPeakWindows(env: Env, fallback: EarningsPolicy['peak']['windows']): EarningsPolicy['peak']['windows'] {
  const text = optionalStr(env, 'PEAK_HOURS');
  if (text === undefined) return fallback;
  const windows = parsePeakWindows(text);
  if (!windows) throw new ConfigError('PEAK_HOURS', `must look like 11:30-14:00,18:00-21:00, got "${text}"`);
  return windows;
}

function readTimeZone(env: Env, fallback: string): string {
  const zone = optionalStr(env, 'EARNINGS_TIME_ZONE') ?? fallback;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
  } catch {
    throw new ConfigError('EARNINGS_TIME_ZONE', `must be an IANA time zone like Europe/Berlin, got "${zone}"`);
  }
  return zone;
}
