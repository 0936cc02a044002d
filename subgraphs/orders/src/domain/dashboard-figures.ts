/** Delivered orders' totals of one currency in a dashboard window. */
export interface CurrencyTotal {
  currency: string;
  total: number;
}

/** The currency a platform without any delivered order in the window reports its zero in. */
export const GMV_FALLBACK_CURRENCY = 'EUR';

/**
 * Gross merchandise value as one Money: amounts of different currencies cannot be added, so it
 * is the currency with the largest total (restaurants of one platform share a currency in
 * practice); ties go to the alphabetically first currency so the answer is stable.
 */
export function grossMerchandiseValue(totals: readonly CurrencyTotal[]): { amount: number; currency: string } {
  const [top] = [...totals].sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency));
  return top ? { amount: top.total, currency: top.currency } : { amount: 0, currency: GMV_FALLBACK_CURRENCY };
}
