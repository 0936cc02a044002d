/*
 * The Brazilian CPF (Cadastro de Pessoas Físicas), the national document a kiosk identifies a
 * customer by: 11 digits, the last two check digits of the first nine (modulo 11). People
 * write it punctuated (`529.982.247-25`) or not; it is stored as the 11 digits alone.
 */

/** Separators people type inside a CPF; anything else is not a CPF. */
const PUNCTUATION = /[\s./-]/g;

/** A check digit of `digits` (9 for the first, 10 for the second), weights counting down to 2. */
export function cpfCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[i]) * (digits.length + 1 - i);
  const remainder = sum % 11;
  return remainder < 2 ? 0 : 11 - remainder;
}

/** The CPF's 11 digits, or why `raw` is not a valid CPF. */
export function parseCpf(raw: string): { ok: true; cpf: string } | { ok: false; problem: string } {
  const digits = raw.replace(PUNCTUATION, '');
  if (!/^\d{11}$/.test(digits)) return { ok: false, problem: 'Enter a CPF of 11 digits' };
  // 000.000.000-00, 111.111.111-11, … pass the check digits but are not issued to anyone.
  if (/^(\d)\1{10}$/.test(digits)) return { ok: false, problem: 'This is not a valid CPF' };
  const first = cpfCheckDigit(digits.slice(0, 9));
  const second = cpfCheckDigit(digits.slice(0, 9) + String(first));
  if (digits.slice(9) !== `${first}${second}`) return { ok: false, problem: 'This is not a valid CPF (check digits do not match)' };
  return { ok: true, cpf: digits };
}

/** A valid CPF with these first nine digits (its check digits appended), for seeds and tests. */
export function cpfWithCheckDigits(nineDigits: string): string {
  const first = cpfCheckDigit(nineDigits);
  return `${nineDigits}${first}${cpfCheckDigit(nineDigits + String(first))}`;
}
