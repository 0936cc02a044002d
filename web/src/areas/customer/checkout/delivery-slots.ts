/** One opening window as the API gives it: 1 = Monday … 7 = Sunday, "HH:MM" local (24:00 = end of day). */
export interface OpeningWindow {
  dayOfWeek: number;
  opens: string;
  closes: string;
}

export interface SlotRules {
  /** The earliest slot is at least this far ahead (the API refuses less). @default 30 */
  leadMinutes?: number;
  /** The latest slot is at most this far ahead (the API refuses more). @default 7 */
  horizonDays?: number;
  /** Slots start on multiples of this many minutes. @default 15 */
  stepMinutes?: number;
}

const MINUTE = 60_000;
const WEEK_MINUTES = 7 * 24 * 60;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function minutesOf(hhmm: string): number {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

/** Minute of the restaurant's week (0 = Monday 00:00) at `instant`, in its time zone. */
function minuteOfWeek(parts: Intl.DateTimeFormat, instant: Date): number {
  const by = Object.fromEntries(parts.formatToParts(instant).map((p) => [p.type, p.value]));
  const day = WEEKDAYS[by['weekday'] ?? 'Mon'] ?? 1;
  // hourCycle h23 still prints midnight as "24" in some engines.
  const hour = Number(by['hour']) % 24;
  return (day - 1) * 24 * 60 + hour * 60 + Number(by['minute']);
}

/**
 * The open windows as [start, end) minute ranges of the week. A window that closes at or before
 * it opens runs past midnight into the next day; Sunday's runs into Monday (wraps the week).
 */
function weekRanges(hours: readonly OpeningWindow[]): [number, number][] {
  return hours.flatMap(({ dayOfWeek, opens, closes }) => {
    const start = (dayOfWeek - 1) * 24 * 60 + minutesOf(opens);
    let end = (dayOfWeek - 1) * 24 * 60 + minutesOf(closes);
    if (end <= start) end += 24 * 60;
    return end > WEEK_MINUTES
      ? [
          [start, WEEK_MINUTES],
          [0, end - WEEK_MINUTES],
        ]
      : [[start, end]];
  });
}

/**
 * The times a "deliver later" order may be for, as ISO instants: every `stepMinutes` slot at
 * least `leadMinutes` and at most `horizonDays` ahead of `now` that falls inside the
 * restaurant's opening hours in its own time zone — the rules the API checks `scheduledFor`
 * against, so the select offers nothing it would refuse.
 */
export function openSlots(hours: readonly OpeningWindow[], timeZone: string, now: Date, rules: SlotRules = {}): string[] {
  const { leadMinutes = 30, horizonDays = 7, stepMinutes = 15 } = rules;
  const ranges = weekRanges(hours);
  if (ranges.length === 0) return [];
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const step = stepMinutes * MINUTE;
  const first = Math.ceil((now.getTime() + leadMinutes * MINUTE) / step) * step;
  const last = now.getTime() + horizonDays * 24 * 60 * MINUTE;
  const slots: string[] = [];
  for (let at = first; at <= last; at += step) {
    const minute = minuteOfWeek(parts, new Date(at));
    if (ranges.some(([start, end]) => minute >= start && minute < end)) slots.push(new Date(at).toISOString());
  }
  return slots;
}
