/**
 * Opening hours as the orders read model holds them (copied from `menu.restaurant.changed`).
 * Subgraphs share no code, so orders answers "is it open?" itself, by the same rules as menu:
 * windows are local wall-clock times in the restaurant's time zone, 1 = Monday, a window that
 * closes before it opens runs past midnight, "24:00" closes at the end of the day.
 */
export interface OpeningWindow {
  dayOfWeek: number;
  opens: string;
  closes: string;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Minutes after midnight of "HH:MM" ("24:00" allowed as a closing time), or null. */
function minutesOf(value: string, isClosing: boolean): number | null {
  if (isClosing && value === '24:00') return 24 * 60;
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * One formatter per time zone: making an `Intl.DateTimeFormat` costs far more than using one,
 * and every placement, quote and "is it open?" asks. The zones are the restaurants' (a few
 * hundred IANA names at most); an unknown zone throws in the constructor and is not kept.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local parts of `now` in `timeZone`: ISO weekday, minute of the day and calendar date. */
export function localParts(now: Date, timeZone: string): { dayOfWeek: number; minutes: number; date: string } {
  const parts = formatterOf(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    dayOfWeek: WEEKDAYS.indexOf(part('weekday')) + 1,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
    date: `${part('year')}-${part('month')}-${part('day')}`,
  };
}

/**
 * Whether the restaurant takes orders at `now`: its partner switch is on and `now` falls in a
 * window. An unknown time zone counts as closed rather than guessing a wrong local time.
 */
export function isOpenAt(windows: readonly OpeningWindow[], acceptingOrders: boolean, timeZone: string, now: Date): boolean {
  if (!acceptingOrders) return false;
  let local: { dayOfWeek: number; minutes: number };
  try {
    local = localParts(now, timeZone);
  } catch {
    return false;
  }
  const yesterday = local.dayOfWeek === 1 ? 7 : local.dayOfWeek - 1;
  return windows.some((w) => {
    const opens = minutesOf(w.opens, false);
    const closes = minutesOf(w.closes, true);
    if (opens === null || closes === null || opens === closes) return false;
    if (opens < closes) return w.dayOfWeek === local.dayOfWeek && local.minutes >= opens && local.minutes < closes;
    // Past midnight: the evening on the window's own day, the small hours on the next day.
    return (w.dayOfWeek === local.dayOfWeek && local.minutes >= opens) || (w.dayOfWeek === yesterday && local.minutes < closes);
  });
}
