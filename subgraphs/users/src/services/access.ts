import { signedIn, signedInAs, type Identity, type Role, type UserIdentity } from '@foodgraph/platform/auth';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '@foodgraph/platform/errors';
import {
  apiKeyCreationProblem,
  canListUsers,
  canManageStaffOf,
  canRevokeApiKey,
  canSeeContactDetails,
  staffHiringProblem,
  visibleWorkplaces,
} from '../domain/access-rules';

/*
 * The users subgraph's whole policy. Every UNAUTHENTICATED and FORBIDDEN it answers is thrown
 * here; services call these guards before they touch anything, resolvers only pass the
 * caller's identity along. The pure rules behind them live in `domain/access-rules.ts`.
 * A kiosk session (`identifyCustomer`) is refused by every guard here (`signedIn` answers it
 * FORBIDDEN; `me` says so itself), and sees no one's email, phone or document.
 */

/** One message for every failed login, so the answer does not tell which emails exist. */
export const LOGIN_FAILED_MESSAGE = 'Email or password is incorrect';
/** Refreshing with an unknown, expired, used or revoked token. */
export const REFRESH_FAILED_MESSAGE = 'Your session has ended, sign in again';
/** Signing in to a disabled account with its right password. */
export const ACCOUNT_DISABLED_MESSAGE = 'This account is disabled; contact support';
/** `me` from a kiosk session. */
export const KIOSK_PROFILE_MESSAGE = "A kiosk session cannot read the customer's profile";

/**
 * `me`: the signed-in user's id, null for anonymous callers (the contract's "null when signed
 * out"). A kiosk session is FORBIDDEN rather than null: it is signed in, and the customer's
 * profile (email, phone, document) is exactly what a kiosk in a shop must not show.
 */
export function viewerOfOwnProfile(identity: Identity): string | null {
  if (identity.kind === 'kiosk') throw new ForbiddenError(KIOSK_PROFILE_MESSAGE);
  return identity.kind === 'user' ? identity.userId : null;
}

/**
 * `User.document`: the user themself (also right after registering, see `justSignedInAs`) and
 * admins; null for anyone else, kiosk sessions included (the person at the kiosk typed the
 * document, but the payload must not confirm whose account it opened beyond the name).
 */
export function canReadDocument(viewer: Identity, userId: string, justSignedInAs: ReadonlySet<string>): boolean {
  return justSignedInAs.has(userId) || canSeeContactDetails(viewer, userId);
}

/**
 * `identifyCustomer`: the account a document names, if a kiosk may open a session for it — an
 * enabled, registered customer (guests and staff accounts never have documents; checked anyway).
 * An unknown document answers NOT_FOUND rather than a uniform answer: the kiosk must tell the
 * person to register or order as a guest, and a uniform answer would have to be a session
 * that works or none at all, so it could not hide anything. What NOT_FOUND tells a stranger —
 * that some account has this CPF, not whose — is bounded by the per-address rate limit.
 */
export function assertIdentifiableCustomer<T extends { role: Role; isGuest: boolean; disabledAt: Date | null }>(account: T | null): T {
  if (!account || account.role !== 'CUSTOMER' || account.isGuest) throw new NotFoundError('A customer with this document');
  return assertAccountEnabled(account);
}

/** The admin listing users; UNAUTHENTICATED for anonymous callers, FORBIDDEN for the rest. */
export function assertCanListUsers(identity: Identity): UserIdentity {
  const user = signedIn(identity);
  if (!canListUsers(user)) throw new ForbiddenError('Only admins may list users');
  return user;
}

/** The admin console: dashboard figures, every subgraph's dead letters and their redrive. */
export function assertCanUseAdminConsole(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may use the admin console');
}

/**
 * `setUserDisabled`: admins only, and never on their own account — an admin who disabled
 * themselves (perhaps the last admin) could not sign in to undo it.
 */
export function assertCanSetUserDisabled(identity: Identity, userId: string): UserIdentity {
  const admin = signedInAs(identity, ['ADMIN'], 'Only admins may disable or enable accounts');
  if (admin.userId === userId) throw new ForbiddenError('Admins cannot disable or enable their own account');
  return admin;
}

/**
 * `User.disabled`: the user themself (also right after signing in, see `justSignedInAs`) and
 * admins. The field is non-null, so anyone else gets FORBIDDEN rather than a null.
 */
export function assertCanSeeDisabled(viewer: Identity, userId: string, justSignedInAs: ReadonlySet<string>): void {
  if (justSignedInAs.has(userId) || canSeeContactDetails(viewer, userId)) return;
  signedIn(viewer);
  throw new ForbiddenError('Only the user themself and admins may see whether an account is disabled');
}

/** The admin creating an account in any role (`createStaffAccount`). */
export function assertCanCreateStaffAccounts(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN']);
}

/** The partner a new API key will belong to: signed in with a password, not with a key. */
export function assertCanCreateApiKey(identity: Identity): UserIdentity {
  const problem = apiKeyCreationProblem(identity);
  if (problem === 'unauthenticated') throw new UnauthenticatedError();
  if (problem === 'forbidden') throw new ForbiddenError('Only partners signed in with a password may create API keys');
  return identity as UserIdentity;
}

/**
 * The partner listing their own keys. A caller using an API key may list too: the list shows
 * names and prefixes, never secrets, so it grants nothing the key does not already have.
 */
export function assertCanListOwnApiKeys(identity: Identity): UserIdentity {
  return signedInAs(identity, ['PARTNER'], 'Only partners have API keys');
}

/**
 * The first half of revoking a key: any signed-in caller may try. Checked before the key is
 * looked up, so an anonymous caller learns nothing about which ids exist; which keys the
 * caller may revoke is `assertCanRevokeApiKey`'s business once the key is loaded.
 */
export function assertSignedInToRevokeApiKeys(identity: Identity): UserIdentity {
  return signedIn(identity);
}

/** The key's own partner or an admin may revoke it. */
export function assertCanRevokeApiKey(viewer: UserIdentity, apiKey: { userId: string }): void {
  if (!canRevokeApiKey(viewer, apiKey.userId)) throw new ForbiddenError("Only the key's owner or an admin may revoke it");
}

/**
 * Whether `viewer` sees the email and phone of `userId`: the person themself and admins do.
 * `justSignedInAs` holds the users this request has just authenticated as (register, login,
 * refresh, guest): the identity header still says "anonymous" then, yet the caller is them.
 * `viewersStaff` holds kitchen staff this request has shown to their restaurant's owner (the
 * owner made those accounts and reaches their people by them).
 */
export function canReadContactDetails(
  viewer: Identity,
  userId: string,
  justSignedInAs: ReadonlySet<string>,
  viewersStaff: ReadonlySet<string> = new Set(),
): boolean {
  return justSignedInAs.has(userId) || viewersStaff.has(userId) || canSeeContactDetails(viewer, userId);
}

/**
 * `addRestaurantStaff`: the restaurant's owner, signed in with a password. `ownerId` is the
 * owner as menu announced it, null for a restaurant not (yet) announced: then nobody may.
 */
export function assertCanAddStaff(identity: Identity, ownerId: string | null): UserIdentity {
  const problem = staffHiringProblem(identity, ownerId);
  if (problem === 'unauthenticated') throw new UnauthenticatedError();
  if (problem === 'forbidden') throw new ForbiddenError("Only the restaurant's owner, signed in with a password, may add its staff");
  return identity as UserIdentity;
}

/** `removeRestaurantStaff` and `Restaurant.staff`: the restaurant's owner or an admin. */
export function assertCanManageStaff(identity: Identity, ownerId: string | null): UserIdentity {
  const user = signedIn(identity);
  if (!canManageStaffOf(user, ownerId)) throw new ForbiddenError("Only the restaurant's owner or an admin may see or change its staff");
  return user;
}

/**
 * `User.worksAt`: signed-in callers only; the user themself and admins see every workplace,
 * an owner those of theirs, anyone else none.
 */
export function workplacesVisibleTo<T extends { ownerId: string | null }>(
  identity: Identity,
  userId: string,
  workplaces: readonly T[],
): T[] {
  signedIn(identity);
  return visibleWorkplaces(identity, userId, workplaces);
}

/**
 * The account a login named, unless its email and password did not match. Not a policy decision, but an
 * UNAUTHENTICATED answer like the others, so it is raised here with the one message that
 * does not reveal whether the email exists.
 */
export function assertCredentialsMatched<T>(account: T | null | undefined, passwordMatched: boolean): T {
  if (!account || !passwordMatched) throw new UnauthenticatedError(LOGIN_FAILED_MESSAGE);
  return account;
}

/**
 * A login whose password matched, unless the account is disabled. FORBIDDEN, not
 * UNAUTHENTICATED: the caller has proved who they are (so saying why reveals nothing to a
 * stranger), and clients read UNAUTHENTICATED as "sign in again", which cannot help here.
 */
export function assertAccountEnabled<T extends { disabledAt: Date | null }>(account: T): T {
  if (account.disabledAt) throw new ForbiddenError(ACCOUNT_DISABLED_MESSAGE);
  return account;
}

/** The refresh's outcome, unless the presented token was refused (then UNAUTHENTICATED). */
export function assertRefreshAccepted<T>(outcome: T | 'rejected'): T {
  if (outcome === 'rejected') throw new UnauthenticatedError(REFRESH_FAILED_MESSAGE);
  return outcome;
}
