import { ANONYMOUS, type Identity } from '@foodgraph/platform';
import type { IncomingMessage } from 'node:http';
import { createBearerTokenVerifier, type BearerTokenOptions } from './bearer-token';

/**
 * Resolves who is calling from the request's credentials. Resolves to the anonymous identity
 * when there are none; rejects with `AuthenticationError` (→ 401) when there are some that do
 * not verify, and with `JwksUnavailableError` (→ 503) when they cannot be checked right now.
 */
export type Authenticate = (req: IncomingMessage) => Promise<Identity>;

export type AuthenticateOptions = BearerTokenOptions;

/**
 * One credential scheme per header. Each scheme is its own module; this function only picks
 * which one applies, so new schemes (partner API keys) are one more branch here.
 */
export function createAuthenticator(opts: AuthenticateOptions): Authenticate {
  const bearer = createBearerTokenVerifier(opts);
  const anonymous = Promise.resolve(ANONYMOUS);
  return (req) => {
    const authorization = req.headers.authorization;
    if (authorization !== undefined) return bearer(authorization);
    return anonymous;
  };
}
