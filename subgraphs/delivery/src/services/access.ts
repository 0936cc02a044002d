import { ForbiddenError, UnauthenticatedError, type Identity, type UserIdentity } from '@foodgraph/platform';
import type { EntityManager } from 'typeorm';

/** The signed-in user, or UNAUTHENTICATED. */
export function signedIn(identity: Identity): UserIdentity {
  if (identity.kind !== 'user') throw new UnauthenticatedError();
  return identity;
}

/** An admin, or UNAUTHENTICATED / FORBIDDEN. */
export function admin(identity: Identity): UserIdentity {
  const user = signedIn(identity);
  if (user.role !== 'ADMIN') throw new ForbiddenError('Only an admin may do this');
  return user;
}

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

/**
 * Who may see a delivery: the order's customer, the restaurant's owner, the courier holding
 * it or offered it (they need the addresses to decide), and admins.
 */
export function canReadDelivery(identity: Identity, audience: DeliveryAudience): boolean {
  if (identity.kind !== 'user') return false;
  if (identity.role === 'ADMIN') return true;
  const me = identity.userId;
  return me === audience.customerId || me === audience.ownerId || me === audience.courierUserId || me === audience.offeredUserId;
}

/** The audience of each delivery in `ids`, in one query. */
export async function audiencesOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, DeliveryAudience>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.query<
    Array<{ id: string; customer_id: string; owner_id: string | null; courier_user_id: string | null; offered_user_id: string | null }>
  >(
    `SELECT d.id, d.customer_id, r.owner_id, c.user_id AS courier_user_id,
            (SELECT oc.user_id FROM delivery_offers o JOIN couriers oc ON oc.id = o.courier_id
              WHERE o.delivery_id = d.id AND o.status = 'PENDING' LIMIT 1) AS offered_user_id
       FROM deliveries d
       LEFT JOIN restaurant_snapshots r ON r.id = d.restaurant_id
       LEFT JOIN couriers c ON c.id = d.courier_id
      WHERE d.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { customerId: r.customer_id, ownerId: r.owner_id, courierUserId: r.courier_user_id, offeredUserId: r.offered_user_id },
    ]),
  );
}
