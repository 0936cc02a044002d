/** ISO weekday numbers as the API uses them: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The weekday's name in `locale` (1 → "Monday", "lundi", "segunda-feira"). */
export function weekdayName(dayOfWeek: number, locale: string): string {
  // 2024-01-01 was a Monday.
  const day = new Date(Date.UTC(2024, 0, dayOfWeek));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(day);
}
