import { ANONYMOUS, type Identity } from '@foodgraph/platform/auth';
import type { RateLimiter } from '@foodgraph/platform/rate-limit';
import type { IncomingMessage } from 'node:http';
import { AuthenticationError } from './authentication-error';
import { createBearerTokenVerifier, type BearerTokenOptions } from './bearer-token';

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
}

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
    if (authorization !== undefined) return bearer(authorization);
    return anonymous;
  };
}
