/** Only the digits of what was typed, at most the 11 of a CPF. */
export function cpfDigits(text: string): string {
  return text.replace(/\D/g, '').slice(0, 11);
}

/** The digits typed so far in the CPF's usual shape, 000.000.000-00, as the person types them. */
export function maskCpf(text: string): string {
  const d = cpfDigits(text);
  return [d.slice(0, 3), d.slice(3, 6), d.slice(6, 9)].filter(Boolean).join('.') + (d.length > 9 ? `-${d.slice(9)}` : '');
}

/**
 * Whether the 11 digits carry valid check digits (and are not one digit repeated, which passes
 * the arithmetic but is no one's CPF). The kiosk says so before asking the API, which checks too.
 */
export function isValidCpf(text: string): boolean {
  const d = cpfDigits(text);
  if (d.length !== 11 || /^(\d)\1{10}$/.test(d)) return false;
  const digits = [...d].map(Number);
  const check = (length: number) => {
    const sum = digits.slice(0, length).reduce((total, digit, i) => total + digit * (length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  return check(9) === digits[9] && check(10) === digits[10];
}
