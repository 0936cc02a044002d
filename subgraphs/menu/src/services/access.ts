import { isAdmin, signedIn, signedInAs, type Identity, type UserIdentity } from '@foodgraph/platform/auth';
import { ForbiddenError } from '@foodgraph/platform/errors';
import { isPubliclyVisible, type RestaurantStatus } from '../domain/restaurant-status';

/*
 * The menu subgraph's whole policy. Every UNAUTHENTICATED and FORBIDDEN it answers is thrown
 * here: services call these guards before they look anything up, resolvers only pass the
 * caller's identity along and use the `can…` predicates to filter what they read.
 *
 *   who                   | opens a restaurant | edits its restaurant & menu | approves / suspends | sees it unpublished
 *   anonymous             | UNAUTHENTICATED    | UNAUTHENTICATED             | UNAUTHENTICATED     | no
 *   customer, courier     | FORBIDDEN          | FORBIDDEN                   | FORBIDDEN           | no
 *   partner (owner)       | yes                | yes                         | FORBIDDEN           | yes
 *   partner (not owner)   | yes                | FORBIDDEN                   | FORBIDDEN           | no
 *   admin                 | FORBIDDEN          | yes                         | yes                 | yes
 *   staff (works there)   | FORBIDDEN          | a dish's availability/stock | FORBIDDEN           | no
 *   kiosk session         | FORBIDDEN          | FORBIDDEN                   | FORBIDDEN           | no
 *
 * A kiosk session (`identifyCustomer`) is refused by every guard here: `signedIn` answers it
 * FORBIDDEN, and none of them lets it in (it may only place, pay and follow its own orders).
 */

/** What the restaurant guards judge: who owns it. */
export interface OwnedRestaurant {
  ownerId: string;
}

/** What the visibility predicate judges: who owns it and whether it is public yet. */
export interface VisibleRestaurant extends OwnedRestaurant {
  status: RestaurantStatus;
}

const NOT_MANAGER_MESSAGE = "Only the restaurant's owner or an admin may do this";

/**
 * The first step of every restaurant and menu edit: any signed-in caller gets as far as the
 * ownership check. Checked before the id is parsed or the row looked up, so an anonymous
 * caller learns nothing about which ids exist.
 */
export function assertSignedIn(identity: Identity): UserIdentity {
  return signedIn(identity);
}

/** A partner, the only role that opens restaurants (admins approve them, they do not own them). */
export function assertPartner(identity: Identity): UserIdentity {
  return signedInAs(identity, ['PARTNER']);
}

/** An admin: approving and suspending restaurants is theirs alone. */
export function assertAdmin(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN']);
}

/** The admin console (dashboard figures, dead letters) is the admins' alone. */
export function assertCanReadAdminConsole(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may read the admin console');
}

/**
 * Everyone may list ACTIVE restaurants; listing pending or suspended ones (the approval queue,
 * the suspended list) is the admins' work. Unlike single reads, where a hidden restaurant reads
 * as missing, asking for the whole hidden list is refused outright: there is no partial answer.
 */
export function assertCanListRestaurantsIn(identity: Identity, status: RestaurantStatus): void {
  if (isPubliclyVisible(status)) return;
  signedInAs(identity, ['ADMIN'], 'Only admins may list restaurants that are not active');
}

/** The restaurant's owner or an admin: the people who may change it and see it unpublished. */
export function canManageRestaurant(identity: Identity, restaurant: OwnedRestaurant): boolean {
  return isAdmin(identity) || (identity.kind === 'user' && identity.userId === restaurant.ownerId);
}

/** Fields of a menu item kitchen staff may change: whether it is served, and the portions left. */
export const KITCHEN_ITEM_FIELDS: ReadonlySet<string> = new Set(['available', 'stock']);

/**
 * Changing a menu item: its restaurant's owner or an admin may change anything; kitchen staff
 * of the restaurant (`worksThere`) only `KITCHEN_ITEM_FIELDS` — never a price, name or
 * category. `changed` names the fields the request sets.
 */
export function assertCanEditMenuItem(
  identity: Identity,
  restaurant: OwnedRestaurant,
  worksThere: boolean,
  changed: readonly string[],
): void {
  const user = signedIn(identity);
  if (canManageRestaurant(identity, restaurant)) return;
  if (user.role === 'STAFF' && worksThere) {
    if (changed.every((field) => KITCHEN_ITEM_FIELDS.has(field))) return;
    throw new ForbiddenError("Kitchen staff may change only a dish's availability and stock");
  }
  throw new ForbiddenError(NOT_MANAGER_MESSAGE);
}

/** UNAUTHENTICATED for anonymous callers, FORBIDDEN unless the caller owns the restaurant or is an admin. */
export function assertCanManageRestaurant(identity: Identity, restaurant: OwnedRestaurant): void {
  signedIn(identity);
  if (!canManageRestaurant(identity, restaurant)) throw new ForbiddenError(NOT_MANAGER_MESSAGE);
}

/**
 * Everyone sees ACTIVE restaurants (and their menu items); the owner and admins also see
 * pending and suspended ones. Hidden ones read as missing rather than FORBIDDEN, so their
 * existence stays private.
 */
export function canSeeRestaurant(identity: Identity, restaurant: VisibleRestaurant): boolean {
  return isPubliclyVisible(restaurant.status) || canManageRestaurant(identity, restaurant);
}

/** Why an admin suspended a restaurant is between the admins and its owner. */
export function canSeeSuspensionReason(identity: Identity, restaurant: OwnedRestaurant): boolean {
  return canManageRestaurant(identity, restaurant);
}
