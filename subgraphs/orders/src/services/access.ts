import { ForbiddenError, isAdmin, UnauthenticatedError, type Identity, type UserIdentity } from '@foodgraph/platform';
import { ActorKind, type Actor } from '../domain/order-status';
import type { OrderEntity } from '../entities/order.entity';

/** The signed-in user, or UNAUTHENTICATED. */
export function signedIn(identity: Identity): UserIdentity {
  if (identity.kind !== 'user') throw new UnauthenticatedError();
  return identity;
}

/**
 * Who may see an order: its customer, the owner of its restaurant, the courier assigned to
 * it, and admins. `ownerId` comes from the read model (null when the restaurant is unknown).
 */
export function canReadOrder(
  identity: Identity,
  order: Pick<OrderEntity, 'customerId' | 'courierUserId'>,
  ownerId: string | null,
): boolean {
  if (identity.kind !== 'user') return false;
  if (identity.role === 'ADMIN') return true;
  return identity.userId === order.customerId || identity.userId === ownerId || identity.userId === order.courierUserId;
}

/** The actor for cancelling: an admin, or else the order's own customer (FORBIDDEN otherwise). */
export function customerOrAdminActor(identity: Identity, order: Pick<OrderEntity, 'customerId'>): Actor {
  const user = signedIn(identity);
  if (isAdmin(identity)) return { kind: ActorKind.Admin, userId: user.userId };
  if (user.userId === order.customerId) return { kind: ActorKind.Customer, userId: user.userId };
  throw new ForbiddenError('Only the customer who placed this order (or an admin) may do this');
}

/** The actor for kitchen work: only the restaurant's owner. */
export function ownerActor(identity: Identity, ownerId: string | null): Actor {
  const user = signedIn(identity);
  if (ownerId !== null && user.userId === ownerId) return { kind: ActorKind.Owner, userId: user.userId };
  throw new ForbiddenError("Only the restaurant's owner may do this");
}

/** The actor for changing lines: only the order's own customer. */
export function customerActor(identity: Identity, order: Pick<OrderEntity, 'customerId'>): Actor {
  const user = signedIn(identity);
  if (user.userId === order.customerId) return { kind: ActorKind.Customer, userId: user.userId };
  throw new ForbiddenError('Only the customer who placed this order may do this');
}

/** Owner or admin, for reading a restaurant's orders. */
export function assertOwnerOrAdmin(identity: Identity, ownerId: string | null): void {
  const user = signedIn(identity);
  if (isAdmin(identity) || (ownerId !== null && user.userId === ownerId)) return;
  throw new ForbiddenError("Only the restaurant's owner or an admin may see its orders");
}
