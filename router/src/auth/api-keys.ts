import { parseIdentity, type Identity } from '@foodgraph/platform/auth';
import { createHash } from 'node:crypto';
import { AuthenticationError } from './authentication-error';
import { askUsersEndpoint, cachedLookups, type UsersEndpointOptions } from './users-lookup';

/** The users subgraph could not be asked about a key; answered 503, never as anonymous. */
export class ApiKeysUnavailableError extends Error {
  override name = 'ApiKeysUnavailableError';
}

/** Where the users subgraph resolves API keys, relative to its origin. */
export const RESOLVE_API_KEY_PATH = '/internal/api-keys/resolve';

export interface ApiKeyResolverOptions extends UsersEndpointOptions {
  /** The users subgraph's `POST /internal/api-keys/resolve`. */
  url: string;
  /**
   * How long an answer (a key's identity, or that it is unknown or revoked) is reused, in ms.
   * This bounds how long a revoked key keeps working on a router. @default 5000
   */
  cacheMs?: number;
  /** Most answers kept; the least recently used go first. @default 10000 */
  maxEntries?: number;
}

// The users subgraph issues `fgk_<prefix>_<random>`; anything else is refused without a lookup.
const KEY_SHAPE = /^fgk_[A-Za-z0-9_-]{8,200}$/;

/**
 * Turns `x-api-key` into the partner identity the users subgraph has for it. Answers, both
 * "this partner" and "no such live key", are cached briefly, so a busy POS costs one lookup
 * per interval, and a revoked key stops working within `cacheMs` on every router. Concurrent
 * lookups of one key share a request. Secrets are cached under their sha256, never as is.
 */
export function createApiKeyResolver(opts: ApiKeyResolverOptions): (secret: string) => Promise<Identity> {
  const cacheMs = opts.cacheMs ?? 5_000;
  const answers = cachedLookups<Identity | null>({ maxEntries: opts.maxEntries ?? 10_000, ttlMs: () => cacheMs });
  const lookup = async (secret: string): Promise<Identity | null> => {
    const answer = await askUsersEndpoint<{ identity?: unknown }>(
      opts,
      { secret },
      'API key',
      () => new ApiKeysUnavailableError('API keys cannot be checked right now'),
    );
    const identity = answer.identity === null ? null : parseIdentity(answer.identity);
    // Only a partner identity tied to a key is a valid answer; anything else counts as no key.
    return identity?.kind === 'user' && identity.role === 'PARTNER' && identity.apiKeyId ? identity : null;
  };

  return async (secret) => {
    if (!KEY_SHAPE.test(secret)) throw new AuthenticationError('Invalid API key');
    // Cached under the secret's sha256, never as is.
    const identity = await answers(createHash('sha256').update(secret).digest('base64url'), () => lookup(secret));
    if (!identity) throw new AuthenticationError('Invalid or revoked API key');
    return identity;
  };
}
