import { BadUserInputError } from '@foodgraph/platform/errors';
import { formatAmount } from './pricing';

/**
 * The largest tip accepted, in minor units: generous for any real delivery, small enough that
 * a typo (an extra zero or three) is caught before the customer is charged for it.
 */
export const MAX_TIP = 50_000;

/** The tip of a request: absent means 0; a whole number 0..MAX_TIP, else BAD_USER_INPUT on `field`. */
export function cleanTip(tip: number | null | undefined, field: string, currency = ''): number {
  if (tip === null || tip === undefined) return 0;
  if (!Number.isInteger(tip) || tip < 0) throw new BadUserInputError(field, 'A tip is a whole amount in minor units, 0 or more');
  if (tip > MAX_TIP) throw new BadUserInputError(field, `A tip is at most ${formatAmount(MAX_TIP, currency).trim()}`);
  return tip;
}
