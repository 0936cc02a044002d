import { isAdmin, signedIn, signedInAs, type Identity, type UserIdentity } from '@foodgraph/platform/auth';
import { ForbiddenError } from '@foodgraph/platform/errors';
import { OfferStatus } from '../domain/delivery-status';
import type { CourierEntity } from '../entities/courier.entity';
import type { DeliveryEntity } from '../entities/delivery.entity';
import type { OfferEntity } from '../entities/offer.entity';

/**
 * The delivery subgraph's whole policy, as named guards over the router-verified identity.
 * Services call them first; resolvers never decide who may do what. Guards judge plain
 * objects (rows a service read), so the policy is testable without a database.
 *
 * - admins manage courier profiles and list couriers;
 * - a courier (a user with a courier profile) sets their own availability and location,
 *   answers only offers made to them, and moves only the delivery assigned to them;
 * - a delivery is seen by its order's customer, the restaurant's owner, its courier (or the
 *   courier it is offered to) and admins;
 * - a courier's private fields (last seen, current and offered delivery, earnings) are for the
 *   courier and admins; their position also for those waiting for their current delivery;
 * - only an order's customer (and admins) may follow its courier on the map.
 *
 * A kiosk session (`identifyCustomer`) is refused by every guard here: `signedIn` answers it
 * FORBIDDEN, and none of them lets it in (it may only place, pay and follow its own orders).
 */

type CourierLike = Pick<CourierEntity, 'id' | 'userId'>;

/** The users with a stake in one delivery. */
export interface DeliveryAudience {
  customerId: string;
  /** The restaurant's owner (from the menu read model; null if unknown). */
  ownerId: string | null;
  /** The assigned courier's user. */
  courierUserId: string | null;
  /** The user of the courier who holds an open offer for it. */
  offeredUserId: string | null;
}

const NO_COURIER_PROFILE = 'Only couriers may do this, and you have no courier profile';

/** The signed-in user, or UNAUTHENTICATED: anything a courier or reader does starts here. */
export function assertSignedIn(identity: Identity): UserIdentity {
  return signedIn(identity);
}

/** An admin, or UNAUTHENTICATED / FORBIDDEN. */
export function assertAdmin(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only an admin may do this');
}

/**
 * The caller's own courier profile (`profile`, looked up by the caller's user), or FORBIDDEN
 * for a user who has none (UNAUTHENTICATED if signed out).
 */
export function courierOf<C extends CourierLike>(identity: Identity, profile: C | null): C {
  const user = signedIn(identity);
  if (profile === null || profile.userId !== user.userId) throw new ForbiddenError(NO_COURIER_PROFILE);
  return profile;
}

/**
 * The open offer that lets `courier` (the caller's profile) accept or decline a delivery, or
 * FORBIDDEN when the delivery is not offered to them (never was, or no longer is).
 */
export function assertOfferedCourier<O extends Pick<OfferEntity, 'courierId' | 'status'>>(
  identity: Identity,
  offer: O | null,
  courier: CourierLike,
): O {
  const mine = courierOf(identity, courier);
  if (offer === null || offer.courierId !== mine.id || offer.status !== OfferStatus.Pending)
    throw new ForbiddenError('This delivery is not offered to you');
  return offer;
}

/** FORBIDDEN unless `courier` (the caller's profile) is the one assigned to `delivery`. */
export function assertAssignedCourier(identity: Identity, delivery: Pick<DeliveryEntity, 'courierId'>, courier: CourierLike): void {
  const mine = courierOf(identity, courier);
  if (delivery.courierId !== mine.id) throw new ForbiddenError('Only the courier assigned to this delivery may do this');
}

/** True for the courier's own user and for admins: who sees a courier's private fields. */
export function isCourierSelfOrAdmin(identity: Identity, courier: CourierLike): boolean {
  return isAdmin(identity) || (identity.kind === 'user' && identity.userId === courier.userId);
}

/** FORBIDDEN unless the caller is the courier themself or an admin. */
export function assertCanSeeEarnings(identity: Identity, courier: CourierLike): void {
  if (!isCourierSelfOrAdmin(identity, courier))
    throw new ForbiddenError("Only the courier themself or an admin may see a courier's earnings");
}

/**
 * Who may see a delivery: the order's customer, the restaurant's owner, the courier holding
 * it or offered it (they need the addresses to decide), and admins.
 */
export function canReadDelivery(identity: Identity, audience: DeliveryAudience | undefined): boolean {
  if (identity.kind !== 'user' || audience === undefined) return false;
  if (identity.role === 'ADMIN') return true;
  const me = identity.userId;
  return me === audience.customerId || me === audience.ownerId || me === audience.courierUserId || me === audience.offeredUserId;
}

/**
 * FORBIDDEN for a known delivery the caller may not see (UNAUTHENTICATED if signed out). Ids
 * are unguessable, so saying it exists gives nothing away.
 */
export function assertCanReadDelivery(identity: Identity, audience: DeliveryAudience | undefined): void {
  signedIn(identity);
  if (!canReadDelivery(identity, audience)) throw new ForbiddenError('This delivery is not yours to see');
}

/**
 * Who may see where a courier is: themself, an admin, and those who may see the delivery the
 * courier holds now (`active`, null when none).
 */
export function canSeeCourierLocation(identity: Identity, courier: CourierLike, active: DeliveryAudience | null): boolean {
  return isCourierSelfOrAdmin(identity, courier) || (active !== null && canReadDelivery(identity, active));
}

/** FORBIDDEN unless the caller is the order's customer or an admin (UNAUTHENTICATED if signed out). */
export function assertCanFollowCourier(identity: Identity, order: { customerId: string }): void {
  const user = signedIn(identity);
  if (!isAdmin(identity) && order.customerId !== user.userId) throw new ForbiddenError("Only the order's customer may follow its courier");
}

/** The admin console (dashboard figures, dead letters) is the admins' alone. */
export function assertCanReadAdminConsole(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may read the admin console');
}
