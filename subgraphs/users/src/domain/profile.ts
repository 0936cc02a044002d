/** Longest display name accepted. */
export const MAX_NAME_LENGTH = 100;

/** Name shown for a guest who did not give one. */
export const DEFAULT_GUEST_NAME = 'Guest';

/** A display name with surrounding spaces removed and inner runs of whitespace collapsed. */
export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Why a normalized display name is refused, or `null`. */
export function nameProblem(normalized: string): string | null {
  if (normalized.length === 0) return 'Name must not be empty';
  if ([...normalized].length > MAX_NAME_LENGTH) return `Name must be at most ${MAX_NAME_LENGTH} characters long`;
  return null;
}

/** A phone number with spaces, dashes, dots and parentheses removed: `+4915112345678`. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s().-]/g, '');
}

/** True for a plausible international or local number: optional `+`, then 5–15 digits (E.164 max). */
export function isValidPhone(normalized: string): boolean {
  return /^\+?\d{5,15}$/.test(normalized);
}
