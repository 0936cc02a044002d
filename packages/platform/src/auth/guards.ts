import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Identity, KioskIdentity, Role, UserIdentity } from './identity';

/** What a kiosk session is told by every guard that does not let it in. */
export const KIOSK_REFUSED_MESSAGE = 'A kiosk session may only place, pay and follow its own orders';

/**
 * The primitives every subgraph's `services/access.ts` builds its named guards from. A guard
 * takes the router-verified identity (never the GraphQL context), so services call it first
 * and resolvers stay free of authorization.
 */

/**
 * The signed-in user, or UNAUTHENTICATED (FORBIDDEN for a kiosk session: it is signed in, but
 * as nothing a guard built on this accepts — the deny-by-default of kiosk sessions).
 */
export function signedIn(identity: Identity): UserIdentity {
  if (identity.kind === 'kiosk') throw new ForbiddenError(KIOSK_REFUSED_MESSAGE);
  if (identity.kind !== 'user') throw new UnauthenticatedError();
  return identity;
}

/** The kiosk session calling, if it is one. */
export function kioskSessionOf(identity: Identity): KioskIdentity | null {
  return identity.kind === 'kiosk' ? identity : null;
}

/** The signed-in user holding one of `roles`, or UNAUTHENTICATED / FORBIDDEN with `message`. */
export function signedInAs(identity: Identity, roles: readonly Role[], message?: string): UserIdentity {
  const user = signedIn(identity);
  if (!roles.includes(user.role)) throw new ForbiddenError(message);
  return user;
}

/** Whether the caller is a signed-in admin (for "… or an admin" rules). */
export function isAdmin(identity: Identity): boolean {
  return identity.kind === 'user' && identity.role === 'ADMIN';
}
