import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { parseIdentity, type Identity } from './identity';

/** Headers the router adds to every subgraph request. */
export const RouterHeader = {
  Identity: 'x-foodgraph-identity',
  RequestId: 'x-request-id',
  Timestamp: 'x-foodgraph-timestamp',
  Signature: 'x-foodgraph-signature',
  /** The caller's network address as the router determined it (see the router's `TRUSTED_PROXIES`). */
  ClientAddress: 'x-foodgraph-client-address',
  /** W3C Trace Context: the router's fetch span, parent of the subgraph's spans (only when tracing). */
  TraceParent: 'traceparent',
} as const;

/** How far a signed request's timestamp may be from the subgraph's clock. @default 60 s */
export const DEFAULT_SIGNATURE_MAX_AGE_MS = 60_000;

function mac(
  secret: string,
  timestamp: string,
  requestId: string,
  identity: string,
  clientAddress: string | undefined,
  traceparent: string | undefined,
  body: string | Buffer,
): string {
  return createHmac('sha256', secret)
    .update(signedHead(timestamp, requestId, identity, clientAddress, traceparent))
    .update(body)
    .digest('base64url');
}

function signedHead(
  timestamp: string,
  requestId: string,
  identity: string,
  clientAddress: string | undefined,
  traceparent: string | undefined,
): string {
  // Body and headers are bound together: a captured signature cannot be moved to another
  // body, identity, request id, client address or trace, and the timestamp bounds how long it
  // can be replayed. Each optional header adds a layout with its own prefix ("v2", "v3"), which
  // can never start another layout (a timestamp is digits, prefixes differ), so neither adding
  // nor stripping one keeps a signature valid, and requests without them verify as before.
  // A traceparent is signed because it decides where a subgraph's spans go: a forged one could
  // graft them onto someone else's trace or force sampling.
  if (traceparent !== undefined)
    // An absent address is written empty; an empty address header fails the IP check anyway.
    return `v3\n${timestamp}\n${requestId}\n${identity}\n${clientAddress ?? ''}\n${traceparent}\n`;
  if (clientAddress !== undefined) return `v2\n${timestamp}\n${requestId}\n${identity}\n${clientAddress}\n`;
  return `${timestamp}\n${requestId}\n${identity}\n`;
}

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity)).toString('base64url');
}

/**
 * Headers that prove to a subgraph that this exact request came from the router.
 * `clientAddress` (an IP address the router determined itself) is signed along when given;
 * subgraphs use it for per-address rate limits. So is `traceparent`, the router's span that the
 * subgraph's spans continue, when the router traces the request.
 */
export function signRouterRequest(
  secret: string,
  identity: Identity | string,
  requestId: string,
  body: string | Buffer,
  now = Date.now(),
  clientAddress?: string,
  traceparent?: string,
): Record<string, string> {
  const encoded = typeof identity === 'string' ? identity : encodeIdentity(identity);
  const timestamp = String(now);
  return {
    [RouterHeader.Identity]: encoded,
    [RouterHeader.RequestId]: requestId,
    [RouterHeader.Timestamp]: timestamp,
    ...(clientAddress === undefined ? {} : { [RouterHeader.ClientAddress]: clientAddress }),
    ...(traceparent === undefined ? {} : { [RouterHeader.TraceParent]: traceparent }),
    [RouterHeader.Signature]: mac(secret, timestamp, requestId, encoded, clientAddress, traceparent, body),
  };
}

/** A verified request: who calls, its request id and, when the router sent one, the client's address. */
export type SignatureCheck = { ok: true; identity: Identity; requestId: string; clientAddress?: string } | { ok: false; reason: string };

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
  const clientAddress = one(RouterHeader.ClientAddress);
  const traceparent = one(RouterHeader.TraceParent);
  if (!identity || !timestamp || !signature) return { ok: false, reason: 'missing router signature' };
  const at = Number(timestamp);
  if (!Number.isFinite(at) || Math.abs(now - at) > maxAgeMs) return { ok: false, reason: 'stale router signature' };
  const expected = Buffer.from(mac(secret, timestamp, requestId, identity, clientAddress, traceparent, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad router signature' };
  let parsed: Identity | null = null;
  try {
    parsed = parseIdentity(JSON.parse(Buffer.from(identity, 'base64url').toString('utf8')));
  } catch {
    parsed = null;
  }
  if (!parsed) return { ok: false, reason: 'malformed identity' };
  // Signed, so the router's own value; checked anyway, since rate-limit keys are built from it.
  if (clientAddress !== undefined && isIP(clientAddress) === 0) return { ok: false, reason: 'malformed client address' };
  return { ok: true, identity: parsed, requestId, ...(clientAddress === undefined ? {} : { clientAddress }) };
}
