import { ANONYMOUS, signRouterRequest } from '@foodgraph/platform/auth';
import type { Logger } from '@foodgraph/platform/logging';
import { randomUUID } from 'node:crypto';

/** The users subgraph could not be asked about an account; answered 503, never as that user. */
export class KnownUsersUnavailableError extends Error {
  override name = 'KnownUsersUnavailableError';
}

/** Where the users subgraph answers whether an account exists, relative to its origin. */
export const KNOWN_USER_PATH = '/internal/users/known';

export interface KnownUserCheckOptions {
  /** The users subgraph's `POST /internal/users/known`. */
  url: string;
  /** The router's signing secret: the endpoint answers signed requests only. */
  routerSecret: string;
  logger: Logger;
  /** How long "this account exists" is reused, in ms (accounts are not deleted). @default 600000 */
  knownCacheMs?: number;
  /** How long "no such account" is reused, in ms. @default 5000 */
  unknownCacheMs?: number;
  /** Most answers kept; the oldest go first. @default 10000 */
  maxEntries?: number;
  /** Deadline of one lookup, in ms. @default 5000 */
  timeoutMs?: number;
}

/**
 * Whether an access token's subject is an account of the platform. A token can verify — signed
 * by a key of an issuer the router trusts — and still name nobody the platform knows (another
 * identity provider's user, a token from before the database was reset): such a caller is
 * refused as UNAUTHENTICATED rather than let through to subgraphs that find no such user and
 * answer `data: null` without an error. Answers are cached, so a user costs one lookup per
 * `knownCacheMs` per router; concurrent lookups of one id share a request.
 */
export function createKnownUserCheck(opts: KnownUserCheckOptions): (userId: string) => Promise<boolean> {
  const knownMs = opts.knownCacheMs ?? 600_000;
  const unknownMs = opts.unknownCacheMs ?? 5_000;
  const maxEntries = opts.maxEntries ?? 10_000;
  const answers = new Map<string, { until: number; known: boolean }>();
  const inflight = new Map<string, Promise<boolean>>();

  async function lookup(userId: string): Promise<boolean> {
    const body = JSON.stringify({ userId });
    let res: Response;
    try {
      res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signRouterRequest(opts.routerSecret, ANONYMOUS, randomUUID(), body) },
        body,
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
      });
    } catch (err) {
      opts.logger.error({ url: opts.url, err }, 'could not reach the known-user endpoint');
      throw new KnownUsersUnavailableError('Accounts cannot be checked right now');
    }
    if (!res.ok) {
      opts.logger.error({ url: opts.url, status: res.status }, 'the known-user endpoint refused the lookup');
      await res.body?.cancel();
      throw new KnownUsersUnavailableError('Accounts cannot be checked right now');
    }
    return ((await res.json()) as { known?: unknown }).known === true;
  }

  return async (userId) => {
    const cached = answers.get(userId);
    if (cached && Date.now() < cached.until) return cached.known;
    let pending = inflight.get(userId);
    if (!pending) {
      pending = lookup(userId).finally(() => inflight.delete(userId));
      inflight.set(userId, pending);
    }
    const known = await pending;
    answers.delete(userId);
    answers.set(userId, { until: Date.now() + (known ? knownMs : unknownMs), known });
    if (answers.size > maxEntries) answers.delete(answers.keys().next().value as string);
    return known;
  };
}
