import type { Identity, Role } from '@foodgraph/platform/auth';

/** Roles an admin may hand out with `createStaffAccount`: all of them. */
export const STAFF_ROLES: readonly Role[] = ['CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN'];

/** Email and phone are personal: only the person themself and admins see them. */
export function canSeeContactDetails(viewer: Identity, userId: string): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.role === 'ADMIN' || viewer.userId === userId;
}

/** Why the viewer may not create an API key, or `null` when they may. */
export function apiKeyCreationProblem(viewer: Identity): 'unauthenticated' | 'forbidden' | null {
  if (viewer.kind !== 'user') return 'unauthenticated';
  // Keys are for partners' systems. A key must not mint further keys: a leaked key would
  // otherwise let its holder stay in after the partner revokes it.
  if (viewer.role !== 'PARTNER' || viewer.apiKeyId !== undefined) return 'forbidden';
  return null;
}

/** A key may be revoked by the partner who owns it or by an admin. */
export function canRevokeApiKey(viewer: Identity, ownerId: string): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.role === 'ADMIN' || viewer.userId === ownerId;
}

/** Listing every user is an admin's tool. */
export function canListUsers(viewer: Identity): boolean {
  return viewer.kind === 'user' && viewer.role === 'ADMIN';
}
