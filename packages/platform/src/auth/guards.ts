import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Identity, Role, UserIdentity } from './identity';

/**
 * The primitives every subgraph's `services/access.ts` builds its named guards from. A guard
 * takes the router-verified identity (never the GraphQL context), so services call it first
 * and resolvers stay free of authorization.
 */

/** The signed-in user, or UNAUTHENTICATED. */
export function signedIn(identity: Identity): UserIdentity {
  if (identity.kind !== 'user') throw new UnauthenticatedError();
  return identity;
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
