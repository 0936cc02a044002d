import { createHmac, timingSafeEqual } from 'node:crypto';
import type { SignatureCheck } from './sandbox-webhook-signature';

/** Header carrying `ts=<timestamp>,v1=<hex HMAC-SHA256 of the manifest>`. */
export const MERCADOPAGO_SIGNATURE_HEADER = 'x-signature';
/** Header with Mercado Pago's id of the delivery; part of the signed manifest. */
export const MERCADOPAGO_REQUEST_ID_HEADER = 'x-request-id';

/** What Mercado Pago signs for one notification. */
export interface MercadoPagoManifestParts {
  /** `data.id` from the notification URL's query string (the resource id, e.g. the payment). */
  dataId: string | undefined;
  /** The `x-request-id` header. */
  requestId: string | undefined;
  /** The `ts` of the `x-signature` header, as sent. */
  ts: string;
}

/**
 * The signed manifest, as Mercado Pago's "Webhooks → validate the origin" documentation
 * describes it: `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` (trailing semicolon
 * included), leaving out a part whose value did not arrive. An alphanumeric `data.id` is
 * signed in lower case.
 * https://www.mercadopago.com.br/developers/en/docs/your-integrations/notifications/webhooks
 */
export function mercadoPagoManifest({ dataId, requestId, ts }: MercadoPagoManifestParts): string {
  let manifest = '';
  if (dataId) manifest += `id:${/^[a-z0-9]+$/i.test(dataId) ? dataId.toLowerCase() : dataId};`;
  if (requestId) manifest += `request-id:${requestId};`;
  return `${manifest}ts:${ts};`;
}

/** The hex HMAC-SHA256 of the manifest with the application's webhook secret. */
export function mercadoPagoSignatureOf(secret: string, parts: MercadoPagoManifestParts): string {
  return createHmac('sha256', secret).update(mercadoPagoManifest(parts)).digest('hex');
}

/**
 * Checks an `x-signature` header. There is no timestamp window: a notification only names a
 * resource, which is then read back from Mercado Pago with the access token, so replaying a
 * captured one makes us look up what is already true (and the notification id makes it a
 * duplicate). What the signature stops is a forger making us act on its own request.
 */
export function verifyMercadoPagoSignature(
  secret: string,
  header: string | undefined,
  dataId: string | undefined,
  requestId: string | undefined,
): SignatureCheck {
  if (!header) return { ok: false, reason: 'missing x-signature' };
  const parts = new Map(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const ts = parts.get('ts') ?? '';
  const given = parts.get('v1') ?? '';
  if (!/^\d+$/.test(ts) || !/^[0-9a-f]{64}$/i.test(given)) return { ok: false, reason: 'malformed x-signature' };
  const expected = Buffer.from(mercadoPagoSignatureOf(secret, { dataId, requestId, ts }), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex'))) return { ok: false, reason: 'bad x-signature' };
  return { ok: true };
}
