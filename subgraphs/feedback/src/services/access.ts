import { ForbiddenError, UnauthenticatedError, type Identity, type UserIdentity } from '@foodgraph/platform';

/** The signed-in user, or UNAUTHENTICATED. */
export function signedIn(identity: Identity): UserIdentity {
  if (identity.kind !== 'user') throw new UnauthenticatedError();
  return identity;
}

/** The signed-in admin, or UNAUTHENTICATED / FORBIDDEN. */
export function signedInAdmin(identity: Identity): UserIdentity {
  const user = signedIn(identity);
  if (user.role !== 'ADMIN') throw new ForbiddenError('Only admins may moderate reviews');
  return user;
}
