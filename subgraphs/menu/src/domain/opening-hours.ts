import { BadUserInputError } from '@foodgraph/platform/errors';

/** One opening window: on `dayOfWeek` (1 = Monday … 7 = Sunday) from `opens` to `closes`, local time. */
export interface OpeningHoursEntry {
  dayOfWeek: number;
  opens: string;
  closes: string;
}

const MINUTES_PER_DAY = 24 * 60;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes after midnight of an "HH:MM" time, or `null` when it is not one. `24:00` is accepted
 * only where `allowEndOfDay` is set (a closing time), so "00:00–24:00" can say "all day".
 */
export function parseClockTime(value: string, allowEndOfDay = false): number | null {
  if (allowEndOfDay && value === '24:00') return MINUTES_PER_DAY;
  const m = HH_MM.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * Checks a list of opening windows and throws BAD_USER_INPUT naming the offending entry, e.g.
 * `input.openingHours[2].closes`. A window whose closing time is before its opening time runs
 * past midnight into the next day (18:00–02:00); equal times are refused as ambiguous.
 */
export function validateOpeningHours(entries: readonly OpeningHoursEntry[], field: string): void {
  if (entries.length > 50) throw new BadUserInputError(field, 'At most 50 opening-hour windows are allowed');
  entries.forEach((entry, i) => {
    const at = `${field}[${i}]`;
    if (!Number.isInteger(entry.dayOfWeek) || entry.dayOfWeek < 1 || entry.dayOfWeek > 7) {
      throw new BadUserInputError(`${at}.dayOfWeek`, 'dayOfWeek must be 1 (Monday) to 7 (Sunday)');
    }
    const opens = parseClockTime(entry.opens);
    if (opens === null) throw new BadUserInputError(`${at}.opens`, 'opens must be a time as "HH:MM" (00:00–23:59)');
    const closes = parseClockTime(entry.closes, true);
    if (closes === null) throw new BadUserInputError(`${at}.closes`, 'closes must be a time as "HH:MM" (00:00–24:00)');
    if (opens === closes) throw new BadUserInputError(`${at}.closes`, 'closes must differ from opens (use 00:00–24:00 for all day)');
  });
}

/**
 * One formatter per time zone: making an `Intl.DateTimeFormat` costs far more than using one,
 * and every restaurant listed asks "is it open?". The zones are the restaurants' (a few hundred
 * IANA names at most); an unknown zone throws in the constructor and is not kept.
 */
const weekTimeFormatters = new Map<string, Intl.DateTimeFormat>();

function weekTimeFormatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = weekTimeFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    weekTimeFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock weekday (1 = Monday) and minute of day of `now` in `timeZone`. */
export function localWeekTime(now: Date, timeZone: string): { dayOfWeek: number; minutes: number } {
  const parts = weekTimeFormatterOf(timeZone).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const dayOfWeek = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { dayOfWeek, minutes: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** True when `timeZone` is an IANA zone name this runtime knows (e.g. `Europe/Berlin`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a restaurant takes orders at `now`: the partner's switch is on and `now`, read as
 * local time in `timeZone`, falls in one of the windows. A window past midnight (18:00–02:00 on
 * Friday) also covers the small hours of the following day (Saturday 00:00–02:00).
 */
export function isOpenNow(entries: readonly OpeningHoursEntry[], acceptingOrders: boolean, timeZone: string, now: Date): boolean {
  if (!acceptingOrders) return false;
  const { dayOfWeek, minutes } = localWeekTime(now, timeZone);
  const previousDay = dayOfWeek === 1 ? 7 : dayOfWeek - 1;
  return entries.some((entry) => {
    const opens = parseClockTime(entry.opens);
    const closes = parseClockTime(entry.closes, true);
    if (opens === null || closes === null || opens === closes) return false;
    if (opens < closes) return entry.dayOfWeek === dayOfWeek && minutes >= opens && minutes < closes;
    // Overnight: the evening part on its own day, the early-morning part on the next.
    if (entry.dayOfWeek === dayOfWeek && minutes >= opens) return true;
    return entry.dayOfWeek === previousDay && minutes < closes;
  });
}
