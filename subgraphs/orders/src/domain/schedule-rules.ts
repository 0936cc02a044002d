import { BadUserInputError } from '@foodgraph/platform/errors';
import { isOpenAt } from './opening-hours';
import type { RestaurantView } from './read-model';

/** How far ahead an order may be scheduled, and how early before its slot the kitchen gets it. */
export interface SchedulingRules {
  /** The earliest slot is this far from now. @default 30 minutes */
  minAheadMs: number;
  /** The latest slot is this far from now. @default 7 days */
  maxAheadMs: number;
  /** A scheduled order enters the kitchen (PLACED) this long before its slot. @default 30 minutes */
  leadTimeMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_SCHEDULING_RULES: SchedulingRules = {
  minAheadMs: 30 * MINUTE,
  maxAheadMs: 7 * 24 * 60 * MINUTE,
  leadTimeMs: 30 * MINUTE,
};

/** "30 minutes", "2 hours", "7 days": how a limit reads in a message. */
function spell(ms: number): string {
  const units: Array<[number, string]> = [
    [24 * 60 * MINUTE, 'day'],
    [60 * MINUTE, 'hour'],
    [MINUTE, 'minute'],
    [1000, 'second'],
  ];
  const [size, name] = units.find(([size]) => ms >= size && ms % size === 0) ?? [1, 'millisecond'];
  const n = ms / size;
  return `${n} ${name}${n === 1 ? '' : 's'}`;
}

/**
 * Checks a requested delivery slot: at least `minAheadMs` and at most `maxAheadMs` from now,
 * and inside the restaurant's opening hours in its own time zone. The partner's open/closed
 * switch is about now, not the slot, so it does not count here. BAD_USER_INPUT on `field`.
 */
export function checkScheduledFor(scheduledFor: Date, restaurant: RestaurantView, now: Date, rules: SchedulingRules, field: string): void {
  const ahead = scheduledFor.getTime() - now.getTime();
  if (!Number.isFinite(ahead)) throw new BadUserInputError(field, 'scheduledFor is not a valid time');
  if (ahead < rules.minAheadMs)
    throw new BadUserInputError(field, `An order can be scheduled ${spell(rules.minAheadMs)} ahead at the earliest`);
  if (ahead > rules.maxAheadMs)
    throw new BadUserInputError(field, `An order can be scheduled ${spell(rules.maxAheadMs)} ahead at the latest`);
  if (!isOpenAt(restaurant.openingHours, true, restaurant.timeZone, scheduledFor))
    throw new BadUserInputError(field, `${restaurant.name} is closed at that time`);
}

/**
 * When a scheduled order enters the kitchen: its slot less the lead time, but never before it
 * was confirmed (`confirmedAt`) — a slot nearer than the lead time goes to the kitchen at once.
 */
export function kitchenReleaseAt(scheduledFor: Date, confirmedAt: Date, rules: Pick<SchedulingRules, 'leadTimeMs'>): Date {
  return new Date(Math.max(scheduledFor.getTime() - rules.leadTimeMs, confirmedAt.getTime()));
}
