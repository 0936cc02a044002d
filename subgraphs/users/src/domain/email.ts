/** RFC 5321 caps a forward path at 256 octets including the angle brackets. */
export const MAX_EMAIL_LENGTH = 254;

// Pragmatic shape check: one `@`, no spaces or control characters, a dotted domain of valid
// labels. Whether the mailbox exists is for a confirmation mail to find out, not a regex.
const LOCAL_PART = /^[^\s@"(),:;<>[\\\]]+$/;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The stored form of an email address: trimmed and lower-cased as a whole. Lower-casing the
 * local part too is what makes uniqueness case-insensitive — no mainstream provider treats
 * `Ann@x.io` and `ann@x.io` as different people.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** True when a normalized address looks deliverable. */
export function isValidEmail(normalized: string): boolean {
  if (normalized.length === 0 || normalized.length > MAX_EMAIL_LENGTH) return false;
  const at = normalized.lastIndexOf('@');
  if (at <= 0 || at !== normalized.indexOf('@')) return false;
  const local = normalized.slice(0, at);
  const domain = normalized.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((l) => DOMAIN_LABEL.test(l)) && /^[a-z]{2,}$/.test(labels[labels.length - 1]);
}
