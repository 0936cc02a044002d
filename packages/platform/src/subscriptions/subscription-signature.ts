import { ANONYMOUS, type Identity } from '../auth/identity';
import { RouterHeader, signRouterRequest, verifyRouterRequest, type SignatureCheck } from '../auth/router-signature';

/**
 * What the router signs when it opens a graphql-ws connection to a subgraph. A fixed text no
 * GraphQL-over-HTTP body can equal, so a signature captured from an HTTP request cannot open a
 * WebSocket and the other way round.
 */
const CONNECTION_INIT_BODY = 'graphql-transport-ws connection_init';

/** Where a subscribe message carries the router's signature: `payload.extensions[…]`. */
export const SUBSCRIBE_SIGNATURE_EXTENSION = 'foodgraphRouterSignature';

/** The parts of a graphql-ws subscribe payload the signature covers. */
export interface SignedOperation {
  query: string;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
}

function operationBody(op: SignedOperation): string {
  // Rebuilt from parsed values on both sides, so JSON whitespace or escaping differences in
  // transit cannot break it; key order inside `variables` survives JSON round trips.
  return JSON.stringify([op.query, op.operationName ?? null, op.variables ?? null]);
}

/**
 * `connection_init` payload proving the connection comes from the router: the signed headers
 * (identity anonymous — identities travel per subscription) keyed by their header names.
 * Make it again for every (re)connection, since a subgraph accepts it for 60 s only.
 */
export function signConnectionInit(secret: string, connectionId: string, now = Date.now()): Record<string, string> {
  return signRouterRequest(secret, ANONYMOUS, connectionId, CONNECTION_INIT_BODY, now);
}

/** Checks a `connection_init` payload made by `signConnectionInit`. */
export function verifyConnectionInit(
  secret: string,
  payload: Readonly<Record<string, unknown>> | undefined,
  now = Date.now(),
): SignatureCheck {
  return verifyRouterRequest(secret, stringEntries(payload), CONNECTION_INIT_BODY, { now });
}

/**
 * The value of `extensions[SUBSCRIBE_SIGNATURE_EXTENSION]` for one upstream subscription: the
 * caller's identity and request id, bound to the exact operation and variables.
 */
export function signSubscribe(secret: string, identity: Identity | string, requestId: string, op: SignedOperation, now = Date.now()) {
  return signRouterRequest(secret, identity, requestId, operationBody(op), now);
}

/**
 * Checks a subscribe payload's signature and yields the identity it carries. The timestamp is
 * not held to the 60 s window: a graphql-ws client re-sends the same subscribe message after a
 * reconnect, possibly much later, and a replay is only possible on a connection whose
 * `connection_init` the router signed recently — which `verifyConnectionInit` already bounds.
 */
export function verifySubscribe(
  secret: string,
  payload: SignedOperation & { extensions?: Record<string, unknown> | null },
): SignatureCheck {
  const signed = payload.extensions?.[SUBSCRIBE_SIGNATURE_EXTENSION];
  const headers = typeof signed === 'object' && signed !== null ? stringEntries(signed as Record<string, unknown>) : {};
  return verifyRouterRequest(secret, headers, operationBody(payload), { maxAgeMs: Number.POSITIVE_INFINITY });
}

function stringEntries(record: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.values(RouterHeader)) {
    const v = record?.[name];
    if (typeof v === 'string') out[name] = v;
  }
  return out;
}
