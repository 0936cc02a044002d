import { localParts } from './opening-hours';

/**
 * The restaurant's business day of `now`: its local calendar date. Order numbers restart at 1
 * every business day, so the kitchen calls out "order 042", not a UUID.
 */
export function businessDayOf(now: Date, timeZone: string): string {
  try {
    return localParts(now, timeZone).date;
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The n-th order of a restaurant's day as a short number: 1 → "001", 1234 → "1234". */
export function formatOrderNumber(sequence: number): string {
  return String(sequence).padStart(3, '0');
}
