/** Shortest password accepted (in characters). */
export const MIN_PASSWORD_LENGTH = 10;
/**
 * Longest password accepted. Far above any passphrase a person types; the cap only keeps a
 * megabyte-sized "password" from being fed to the key-derivation function.
 */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * Why a password is refused, or `null` when it is acceptable. Length is counted in Unicode
 * code points so a passphrase in any script is judged by what the person typed.
 */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Password must be at least ${MIN_PASSWORD_LENGTH} characters long`;
  if (length > MAX_PASSWORD_LENGTH) return `Password must be at most ${MAX_PASSWORD_LENGTH} characters long`;
  if (password.trim() === '') return 'Password must not be only spaces';
  return null;
}
