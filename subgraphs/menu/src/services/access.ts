import { BadUserInputError, ForbiddenError, isUuid, type Identity, type UserIdentity } from '@foodgraph/platform';
import { isPubliclyVisible } from '../domain/restaurant-status';
import type { RestaurantEntity } from '../entities/restaurant.entity';

/** The restaurant's owner or an admin: the people who may change it and see it unpublished. */
export function canManage(identity: Identity, restaurant: Pick<RestaurantEntity, 'ownerId'>): boolean {
  return identity.kind === 'user' && (identity.role === 'ADMIN' || identity.userId === restaurant.ownerId);
}

/** FORBIDDEN unless `actor` owns the restaurant or is an admin. */
export function assertCanManage(actor: UserIdentity, restaurant: Pick<RestaurantEntity, 'ownerId'>): void {
  if (!canManage(actor, restaurant)) throw new ForbiddenError("Only the restaurant's owner or an admin may do this");
}

/** Everyone sees ACTIVE restaurants; the owner and admins also see pending and suspended ones. */
export function canSee(identity: Identity, restaurant: Pick<RestaurantEntity, 'ownerId' | 'status'>): boolean {
  return isPubliclyVisible(restaurant.status) || canManage(identity, restaurant);
}

/** A client-supplied id, checked before it reaches SQL (a malformed uuid would be a 500 there). */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(field, `${field} is not a valid id`);
  return value.toLowerCase();
}
