import { signedIn, signedInAs } from '../auth/guards';
import type { Role, UserIdentity } from '../auth/identity';
import type { RequestContext } from './context';

// TEMPORARY while the renovation moves every guard into services/access.ts; deleted after.
export function requireUser(ctx: RequestContext): UserIdentity {
  return signedIn(ctx.identity);
}
export function requireRole(ctx: RequestContext, ...roles: Role[]): UserIdentity {
  return signedInAs(ctx.identity, roles);
}
