import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseIdentity, type Identity } from './identity';

/** Headers the router adds to every subgraph request. */
export const RouterHeader = {
  Identity: 'x-foodgraph-identity',
  RequestId: 'x-request-id',
  Timestamp: 'x-foodgraph-timestamp',
  Signature: 'x-foodgraph-signature',
} as const;

/** How far a signed request's timestamp may be from the subgraph's clock. @default 60 s */
export const DEFAULT_SIGNATURE_MAX_AGE_MS = 60_000;

function mac(secret: string, timestamp: string, requestId: string, identity: string, body: string | Buffer): string {
  // Body and headers are bound together: a captured signature cannot be moved to another
  // body, identity or request id, and the timestamp bounds how long it can be replayed.
  return createHmac('sha256', secret).update(`${timestamp}\n${requestId}\n${identity}\n`).update(body).digest('base64url');
}

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

/** Headers that prove to a subgraph that this exact request came from the router. */
export function signRouterRequest(
  secret: string,
  identity: Identity | string,
  requestId: string,
  body: string | Buffer,
  now = Date.now(),
): Record<string, string> {
  const encoded = typeof identity === 'string' ? identity : encodeIdentity(identity);
  const timestamp = String(now);
  return {
    [RouterHeader.Identity]: encoded,
    [RouterHeader.RequestId]: requestId,
    [RouterHeader.Timestamp]: timestamp,
    [RouterHeader.Signature]: mac(secret, timestamp, requestId, encoded, body),
  };
}

export type SignatureCheck = { ok: true; identity: Identity; requestId: string } | { ok: false; reason: string };

/** Checks the router's signature on an incoming subgraph request. */
export function verifyRouterRequest(
  secret: string,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  body: string | Buffer,
  { now = Date.now(), maxAgeMs = DEFAULT_SIGNATURE_MAX_AGE_MS } = {},
): SignatureCheck {
  const one = (name: string) => {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const identity = one(RouterHeader.Identity);
  const requestId = one(RouterHeader.RequestId) ?? '';
  const timestamp = one(RouterHeader.Timestamp);
  const signature = one(RouterHeader.Signature);
  if (!identity || !timestamp || !signature) return { ok: false, reason: 'missing router signature' };
  const at = Number(timestamp);
  if (!Number.isFinite(at) || Math.abs(now - at) > maxAgeMs) return { ok: false, reason: 'stale router signature' };
  const expected = Buffer.from(mac(secret, timestamp, requestId, identity, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad router signature' };
  let parsed: Identity | null = null;
  try {
    parsed = parseIdentity(JSON.parse(Buffer.from(identity, 'base64url').toString('utf8')));
  } catch {
    parsed = null;
  }
  if (!parsed) return { ok: false, reason: 'malformed identity' };
  return { ok: true, identity: parsed, requestId };
}
