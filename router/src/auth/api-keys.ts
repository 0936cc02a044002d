import { ANONYMOUS, parseIdentity, signRouterRequest, type Identity } from '@foodgraph/platform/auth';
import type { Logger } from '@foodgraph/platform/logging';
import { createHash, randomUUID } from 'node:crypto';
import { AuthenticationError } from './authentication-error';

/** The users subgraph could not be asked about a key; answered 503, never as anonymous. */
export class ApiKeysUnavailableError extends Error {
  override name = 'ApiKeysUnavailableError';
}

/** Where the users subgraph resolves API keys, relative to its origin. */
export const RESOLVE_API_KEY_PATH = '/internal/api-keys/resolve';

export interface ApiKeyResolverOptions {
  /** The users subgraph's `POST /internal/api-keys/resolve`. */
  url: string;
  /** The router's signing secret: the endpoint answers signed requests only. */
  routerSecret: string;
  logger: Logger;
  /**
   * How long an answer (a key's identity, or that it is unknown or revoked) is reused, in ms.
   * This bounds how long a revoked key keeps working on a router. @default 5000
   */
  cacheMs?: number;
  /** Most answers kept; the oldest go first. @default 10000 */
  maxEntries?: number;
  /** Deadline of one lookup, in ms. @default 5000 */
  timeoutMs?: number;
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
  const maxEntries = opts.maxEntries ?? 10_000;
  const answers = new Map<string, { at: number; identity: Identity | null }>();
  const inflight = new Map<string, Promise<Identity | null>>();

  async function lookup(secret: string): Promise<Identity | null> {
    const body = JSON.stringify({ secret });
    let res: Response;
    try {
      res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signRouterRequest(opts.routerSecret, ANONYMOUS, randomUUID(), body) },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
      });
    } catch (err) {
      opts.logger.error({ url: opts.url, err }, 'could not reach the API key endpoint');
      throw new ApiKeysUnavailableError('API keys cannot be checked right now');
    }
    if (!res.ok) {
      opts.logger.error({ url: opts.url, status: res.status }, 'the API key endpoint refused the lookup');
      await res.body?.cancel();
      throw new ApiKeysUnavailableError('API keys cannot be checked right now');
    }
    const answer = (await res.json()) as { identity?: unknown };
    const identity = answer.identity === null ? null : parseIdentity(answer.identity);
    // Only a partner identity tied to a key is a valid answer; anything else counts as no key.
    return identity?.kind === 'user' && identity.role === 'PARTNER' && identity.apiKeyId ? identity : null;
  }

  function remember(key: string, identity: Identity | null) {
    answers.delete(key);
    answers.set(key, { at: Date.now(), identity });
    if (answers.size > maxEntries) answers.delete(answers.keys().next().value as string);
  }

  return async (secret) => {
    if (!KEY_SHAPE.test(secret)) throw new AuthenticationError('Invalid API key');
    const key = createHash('sha256').update(secret).digest('base64url');
    const cached = answers.get(key);
    let identity: Identity | null;
    if (cached && Date.now() - cached.at < cacheMs) identity = cached.identity;
    else {
      let pending = inflight.get(key);
      if (!pending) {
        pending = lookup(secret).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      identity = await pending;
      remember(key, identity);
    }
    if (!identity) throw new AuthenticationError('Invalid or revoked API key');
    return identity;
  };
}
