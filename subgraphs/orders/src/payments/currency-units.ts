/**
 * foodgraph keeps money in integer minor units; Mercado Pago's API takes and returns amounts
 * in the currency's major unit with decimals (`100.5` BRL). The number of decimals is the
 * currency's (ISO 4217, as `Intl` knows it): 2 for BRL, 0 for CLP and COP.
 */
function decimalsOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** 1050 BRL minor units → 10.5. */
export function toMajorUnits(minor: number, currency: string): number {
  const decimals = decimalsOf(currency);
  return Number((minor / 10 ** decimals).toFixed(decimals));
}

/** 10.5 BRL → 1050; rounding absorbs the binary fraction a decimal amount arrives with. */
export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** decimalsOf(currency));
}
