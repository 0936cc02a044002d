import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SANDBOX_SIGNATURE_HEADER = 'x-sandbox-signature';

function hmac(secret: string, timestamp: number, body: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');
}

/**
 * The signature header for a webhook body, as the sandbox "provider" (or a test) sends it.
 * Signing the timestamp with the body is what makes a captured request useless later.
 */
export function signSandboxWebhook(secret: string, body: Buffer | string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a signature header against the exact body bytes: the HMAC must match (compared in
 * constant time) and the timestamp must be within `toleranceMs` of `now` either way.
 */
export function verifySandboxSignature(
  secret: string,
  header: string | undefined,
  body: Buffer,
  now: Date,
  toleranceMs: number,
): SignatureCheck {
  if (!header) return { ok: false, reason: 'missing signature' };
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return { ok: false, reason: 'malformed signature' };
  if (Math.abs(now.getTime() - timestamp * 1000) > toleranceMs)
    return { ok: false, reason: 'signature timestamp outside the accepted window' };
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return { ok: false, reason: 'bad signature' };
  return { ok: true };
}
