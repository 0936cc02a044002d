import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import type { RateLimiter } from '@foodgraph/platform/rate-limit';
import type { IncomingMessage } from 'node:http';
import { AuthenticationError } from './authentication-error';
import { createBearerTokenVerifier, type BearerTokenOptions } from './bearer-token';
import type { OidcTokenVerifier } from './oidc-tokens';

/**
 * Resolves who is calling from the request's credentials. Resolves to the anonymous identity
 * when there are none; rejects with `AuthenticationError` (→ 401) when there are some that do
 * not verify, with `JwksUnavailableError` / `ApiKeysUnavailableError` (→ 503) when they
 * cannot be checked right now, and with `RateLimitedError` (→ 429) for an API key over its quota.
 */
export type Authenticate = (req: IncomingMessage) => Promise<Identity>;

export interface AuthenticateOptions extends BearerTokenOptions {
  /** Resolves a partner API key (`x-api-key`); without it API keys are refused. */
  apiKeys?: ((secret: string) => Promise<Identity>) | undefined;
  /**
   * Requests per partner API key (`RATE_LIMIT_API_KEY`), counted by key id once the key has
   * resolved, so every replica sharing the store counts the same key together.
   * @default no limit
   */
  apiKeyLimit?: RateLimiter | undefined;
  /**
   * Access tokens of an external OpenID Connect issuer (`OIDC_ISSUER`), accepted beside the
   * platform's own: a bearer token whose `iss` is that issuer's goes to it, any other to the
   * platform's verifier. @default none
   */
  oidc?: OidcTokenVerifier | undefined;
}

const BEARER_TOKEN = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)[ ]*$/i;

/**
 * One credential scheme per header. Each scheme is its own module; this function only picks
 * which one applies: `Authorization: Bearer` for people, `x-api-key` for partner systems.
 */
export function createAuthenticator(opts: AuthenticateOptions): Authenticate {
  const bearer = createBearerTokenVerifier(opts);
  const anonymous = Promise.resolve(ANONYMOUS);
  return (req) => {
    const authorization = req.headers.authorization;
    const apiKey = req.headers['x-api-key'];
    if (apiKey !== undefined) {
      // Two credentials could name two callers; rather than pick one, refuse the request.
      if (authorization !== undefined) return Promise.reject(new AuthenticationError('Send either Authorization or x-api-key, not both'));
      if (!opts.apiKeys || typeof apiKey !== 'string') return Promise.reject(new AuthenticationError('Invalid API key'));
      const limit = opts.apiKeyLimit;
      if (!limit) return opts.apiKeys(apiKey);
      return opts.apiKeys(apiKey).then(async (identity) => {
        if (identity.kind === 'user' && identity.apiKeyId) await limit.consume(identity.apiKeyId);
        return identity;
      });
    }
    if (authorization !== undefined) {
      // Which issuer judges the token is read from its unverified `iss`; each then verifies
      // everything itself, so a token claiming the other issuer just fails there.
      const token = opts.oidc && BEARER_TOKEN.exec(authorization)?.[1];
      if (token && opts.oidc?.claims(token)) return opts.oidc.verify(token);
      return bearer(authorization);
    }
    return anonymous;
  };
}
