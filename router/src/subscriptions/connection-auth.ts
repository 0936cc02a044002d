import type { Identity } from '@foodgraph/platform/auth';
import type { IncomingMessage } from 'node:http';
import type { Authenticate } from '../auth/authenticate';

/** Who a WebSocket connection acts for, and until when. */
export interface ConnectionIdentity {
  identity: Identity;
  /** When the access token expires (ms since epoch); undefined when it does not. */
  expiresAt: number | undefined;
}

/**
 * The credential headers carried in a `connection_init` payload — browsers cannot set headers
 * on a WebSocket, so graphql-ws clients send them there (`{ authorization: 'Bearer …' }`).
 * Header names are case-insensitive, so are these keys; only string values count.
 */
function headersOf(payload: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload ?? {})) if (typeof value === 'string') headers[name.toLowerCase()] = value;
  return headers;
}

/** `exp` of an already verified JWT (an `authorization` header value), in ms. */
export function expiryOf(authorization: string | undefined): number | undefined {
  const token = authorization?.trim().split(/[ ]+/)[1];
  const claims = token?.split('.')[1];
  if (!claims) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(claims, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies `connection_init` credentials exactly as an HTTP request's: the router's own
 * `authenticate` runs over the payload's headers, so every scheme it knows (bearer tokens,
 * API keys) works over WebSocket too. Rejects with the same errors (`AuthenticationError`,
 * `JwksUnavailableError`); no credentials → anonymous.
 */
export async function authenticateConnection(
  authenticate: Authenticate,
  payload: Readonly<Record<string, unknown>> | undefined,
): Promise<ConnectionIdentity> {
  const headers = headersOf(payload);
  // `authenticate` reads only `headers`; the upgrade request's own headers are deliberately not
  // used, so a cookie or proxy-added header cannot authenticate a socket by accident.
  const identity = await authenticate({ headers } as IncomingMessage);
  return { identity, expiresAt: identity.kind !== 'anonymous' ? expiryOf(headers['authorization']) : undefined };
}
