import type { MoneyValue } from '../../../i18n/use-format';

/** The tip choices the checkout offers besides an amount of the customer's own. */
export const TIP_PERCENTS = [0, 5, 10, 15] as const;
export type TipChoice = (typeof TIP_PERCENTS)[number] | 'custom';

/** A percent of the dishes' subtotal in minor units, rounded to the nearest one. */
export function tipOf(percent: number, subtotal: MoneyValue): number {
  return Math.round((subtotal.amount * percent) / 100);
}

/**
 * Which choice a tip the basket already has matches: a percent when it is exactly that percent
 * of the subtotal (a tip set on another device shows as its radio), else the custom amount.
 */
export function choiceOf(tip: number, subtotal: MoneyValue): TipChoice {
  if (tip === 0) return 0;
  return TIP_PERCENTS.find((percent) => percent > 0 && tipOf(percent, subtotal) === tip) ?? 'custom';
}
