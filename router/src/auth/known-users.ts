import { askUsersEndpoint, cachedLookups, type UsersEndpointOptions } from './users-lookup';

/** The users subgraph could not be asked about an account; answered 503, never as that user. */
export class KnownUsersUnavailableError extends Error {
  override name = 'KnownUsersUnavailableError';
}

/** Where the users subgraph answers whether an account exists, relative to its origin. */
export const KNOWN_USER_PATH = '/internal/users/known';

export interface KnownUserCheckOptions extends UsersEndpointOptions {
  /** The users subgraph's `POST /internal/users/known`. */
  url: string;
  /**
   * How long "this account exists and is enabled" is reused, in ms: an admin may disable an
   * account, and its tokens stop once this answer expires. @default 30000
   */
  knownCacheMs?: number | undefined;
  /** How long "no such account" (or "disabled") is reused, in ms. @default 5000, or `knownCacheMs` when shorter */
  unknownCacheMs?: number;
  /** Most answers kept; the least recently used go first. @default 10000 */
  maxEntries?: number;
}

/**
 * Whether an access token's subject is an enabled account of the platform. A token can verify — signed
 * by a key of an issuer the router trusts — and still name nobody the platform knows (another
 * identity provider's user, a token from before the database was reset): such a caller is
 * refused as UNAUTHENTICATED rather than let through to subgraphs that find no such user and
 * answer `data: null` without an error; a disabled account is refused alike. Answers are cached,
 * so a user costs one lookup per `knownCacheMs` per router; concurrent lookups of one id share
 * a request.
 */
export function createKnownUserCheck(opts: KnownUserCheckOptions): (userId: string) => Promise<boolean> {
  const knownMs = opts.knownCacheMs ?? 30_000;
  const unknownMs = opts.unknownCacheMs ?? Math.min(5_000, knownMs);
  const answers = cachedLookups<boolean>({ maxEntries: opts.maxEntries ?? 10_000, ttlMs: (known) => (known ? knownMs : unknownMs) });
  const lookup = async (userId: string): Promise<boolean> => {
    const answer = await askUsersEndpoint<{ known?: unknown }>(
      opts,
      { userId },
      'known-user',
      () => new KnownUsersUnavailableError('Accounts cannot be checked right now'),
    );
    return answer.known === true;
  };
  return (userId) => answers(userId, () => lookup(userId));
}
