import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random token, base64url: unguessable, so a fast hash is enough to store it. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * SHA-256 (hex) of a bearer secret. Only this is stored: a database leak does not hand out
 * working refresh tokens or API keys, and lookups stay a single indexed equality.
 */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
