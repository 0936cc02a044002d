import { KnownUsersUnavailableError } from './known-users';
import { askUsersEndpoint, cachedLookups, type UsersEndpointOptions } from './users-lookup';

/** Where the users subgraph provisions a person signed in with the external identity provider. */
export const PROVISION_EXTERNAL_USER_PATH = '/internal/users/provision';

/** A person as the identity provider's verified token describes them. */
export interface ExternalSubject {
  issuer: string;
  subject: string;
  role: string;
  name: string;
  email: string | undefined;
}

/** The platform account of an external subject, and whether it may act (not disabled). */
export interface ExternalAccount {
  userId: string;
  active: boolean;
}

export interface ExternalUserProvisionerOptions extends UsersEndpointOptions {
  /** How long an answer is reused, in ms (as `knownUserCacheMs`: a disabled account stops within it). @default 30000 */
  cacheMs?: number | undefined;
  /** Most answers kept. @default 10000 */
  maxEntries?: number;
}

/**
 * The account of an external subject, created by the users subgraph the first time it is seen
 * (just in time, once: the users database's unique key on issuer + subject decides concurrent
 * first requests, from any number of routers). The router needs the account's id before it
 * forwards anything, because every subgraph knows people by that id. Answers are cached per
 * subject and claims, so a role or name changed at the provider reaches the account on the next
 * lookup, and concurrent first requests of one router share one call.
 */
export function createExternalUserProvisioner(opts: ExternalUserProvisionerOptions): (who: ExternalSubject) => Promise<ExternalAccount> {
  const cacheMs = opts.cacheMs ?? 30_000;
  const answers = cachedLookups<ExternalAccount>({
    maxEntries: opts.maxEntries ?? 10_000,
    ttlMs: (account) => (account.active ? cacheMs : Math.min(5_000, cacheMs)),
  });
  const provision = async (who: ExternalSubject): Promise<ExternalAccount> => {
    const answer = await askUsersEndpoint<{ userId?: unknown; active?: unknown }>(
      opts,
      who,
      'external user',
      () => new KnownUsersUnavailableError('Accounts cannot be checked right now'),
    );
    if (typeof answer.userId !== 'string') throw new KnownUsersUnavailableError('Accounts cannot be checked right now');
    return { userId: answer.userId, active: answer.active === true };
  };
  return (who) => answers(JSON.stringify([who.issuer, who.subject, who.role, who.name, who.email ?? null]), () => provision(who));
}
