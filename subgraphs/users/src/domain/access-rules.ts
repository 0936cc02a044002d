import type { Identity, Role } from '@foodgraph/platform/auth';

/**
 * Roles an admin may hand out with `createStaffAccount`: all but STAFF. Kitchen staff exist
 * only as someone's staff, so they are made by a restaurant's owner with `addRestaurantStaff`.
 */
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

/**
 * Why the viewer may not add kitchen staff to a restaurant owned by `ownerId` (null: a
 * restaurant menu has not announced), or `null` when they may. Only its owner may, and not
 * through an API key: a leaked key could otherwise leave behind a password account that
 * outlives the key's revocation (the same reason keys do not mint keys).
 */
export function staffHiringProblem(viewer: Identity, ownerId: string | null): 'unauthenticated' | 'forbidden' | null {
  if (viewer.kind !== 'user') return 'unauthenticated';
  if (ownerId === null || viewer.userId !== ownerId || viewer.apiKeyId !== undefined) return 'forbidden';
  return null;
}

/** A restaurant's staff is its owner's and the admins' to see and to remove. */
export function canManageStaffOf(viewer: Identity, ownerId: string | null): boolean {
  if (viewer.kind !== 'user') return false;
  return viewer.role === 'ADMIN' || (ownerId !== null && viewer.userId === ownerId);
}

/**
 * Which of a STAFF user's workplaces the viewer sees: all of them for the user themself and
 * admins, those they own for an owner, none for anyone else.
 */
export function visibleWorkplaces<T extends { ownerId: string | null }>(viewer: Identity, userId: string, workplaces: readonly T[]): T[] {
  if (viewer.kind !== 'user') return [];
  if (viewer.role === 'ADMIN' || viewer.userId === userId) return [...workplaces];
  return workplaces.filter((w) => w.ownerId === viewer.userId);
}
