/** Every secret starts with this, so leaked keys are easy to spot in logs and by scanners. */
export const API_KEY_SCHEME = 'fgk';

const SECRET_RE = /^fgk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/** `fgk_<prefix>_<random>`: the prefix is shown in listings, the random part never is. */
export function formatApiKeySecret(prefix: string, random: string): string {
  return `${API_KEY_SCHEME}_${prefix}_${random}`;
}

/** The prefix of a well-formed secret, or `null` for anything that cannot be one of ours. */
export function parseApiKeySecret(secret: string): { prefix: string } | null {
  const m = SECRET_RE.exec(secret);
  return m ? { prefix: m[1] } : null;
}

/** Longest key name accepted. */
export const MAX_API_KEY_NAME_LENGTH = 100;
