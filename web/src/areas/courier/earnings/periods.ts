export type PeriodKind = 'today' | 'week' | 'range';

export interface Period {
  /** Inclusive start, ISO (UTC). */
  from: string;
  /** Exclusive end, ISO (UTC). */
  to: string;
}

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** A `<input type="date">` value (YYYY-MM-DD) as local midnight. */
export function parseDateInput(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** Local midnight as a `<input type="date">` value. */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The [from, to) of a period in the courier's own time zone: today, this week (Monday to
 * Monday, as in most of the world foodgraph serves), or whole days from `first` to `last`
 * inclusive. Undefined when a range is not filled in yet.
 */
export function periodOf(kind: PeriodKind, now: Date, first?: string, last?: string): Period | undefined {
  const today = startOfDay(now);
  if (kind === 'today') return { from: today.toISOString(), to: addDays(today, 1).toISOString() };
  if (kind === 'week') {
    const monday = addDays(today, -((today.getDay() + 6) % 7));
    return { from: monday.toISOString(), to: addDays(monday, 7).toISOString() };
  }
  const start = first ? parseDateInput(first) : undefined;
  const end = last ? parseDateInput(last) : undefined;
  if (!start || !end) return undefined;
  // The API checks the order and the length of the range and says what is wrong.
  return { from: start.toISOString(), to: addDays(end, 1).toISOString() };
}
