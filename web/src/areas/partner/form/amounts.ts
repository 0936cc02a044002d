/** Decimal places of a currency's minor unit (EUR 2, JPY 0); 2 for a code Intl does not know. */
export function fractionDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * What a person types ("12.50", "12,50", "3") as the API's minor units (1250); null when it is
 * not an amount. Either decimal mark is accepted: a French or Brazilian partner types a comma.
 */
export function toMinorUnits(text: string, currency: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Math.round(Number(normalized) * 10 ** fractionDigits(currency));
}

/** Minor units as the plain decimal an input shows (1250 EUR → "12.50"). */
export function fromMinorUnits(amount: number, currency: string): string {
  const digits = fractionDigits(currency);
  return (amount / 10 ** digits).toFixed(digits);
}

/** "vegan, spicy ," → ["vegan", "spicy"]: lists (cuisines, tags) are typed comma-separated. */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
