import { BadUserInputError } from '@foodgraph/platform/errors';
import { Fulfilment } from './order-status';
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

/**
 * The tip of an order of that fulfilment: `cleanTip`, and none for a PICKUP order — the tip is
 * the courier's, all of it, and a collected order has no courier to give it to.
 */
export function cleanTipFor(fulfilment: Fulfilment, tip: number | null | undefined, field: string, currency = ''): number {
  const cleaned = cleanTip(tip, field, currency);
  if (cleaned > 0 && fulfilment === Fulfilment.Pickup)
    throw new BadUserInputError(field, 'A pick-up order has no courier to tip; leave the tip out');
  return cleaned;
}
