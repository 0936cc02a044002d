import type { Identity, UserIdentity } from '../auth/identity';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Logger } from '../logger';

/** What every subgraph resolver gets; subgraphs extend it with their own services. */
export interface RequestContext {
  identity: Identity;
  requestId: string;
  /** A child logger that stamps `requestId` on every record. */
  logger: Logger;
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(ctx: RequestContext): UserIdentity {
  if (ctx.identity.kind !== 'user') throw new UnauthenticatedError();
  return ctx.identity;
}

/** The signed-in user with one of `roles`, or UNAUTHENTICATED / FORBIDDEN. */
export function requireRole(ctx: RequestContext, ...roles: UserIdentity['role'][]): UserIdentity {
  const user = requireUser(ctx);
  if (!roles.includes(user.role)) throw new ForbiddenError();
  return user;
}

export function isAdmin(identity: Identity): boolean {
  return identity.kind === 'user' && identity.role === 'ADMIN';
}
