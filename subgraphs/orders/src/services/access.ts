import {
  isAdmin,
  kioskSessionOf,
  signedIn,
  signedInAs,
  type Identity,
  type KioskIdentity,
  type UserIdentity,
} from '@foodgraph/platform/auth';
import { ForbiddenError } from '@foodgraph/platform/errors';
import { ActorKind, type Actor } from '../domain/order-status';

/**
 * The orders subgraph's whole policy. Every FORBIDDEN and UNAUTHENTICATED of this subgraph is
 * thrown here; services call the guard of a use case before doing anything else, and
 * resolvers only pass the caller's identity on. `tests/unit/access.test.ts` reads as the table
 * of who may do what.
 *
 * Guards judge plain shapes (an order's customer and courier, a restaurant's owner from the
 * read model) so they stay free of the database and unit-testable. An `ownerId` of null means
 * the read model does not know the restaurant: then nobody is its owner. `worksThere` says
 * whether the caller is kitchen staff of the order's restaurant (the read model of users'
 * `users.staff.*`); staff run its kitchen like its owner and nothing else.
 *
 * Kiosk sessions (`identifyCustomer`) are refused by every guard here through `signedIn`, except
 * the four that name them: placing an order (`assertCanPlaceOrder`), looking orders up
 * (`assertSignedInReader`) and seeing one (`orderViewOf`: only the orders placed in that session),
 * and paying one (`assertCanConfirmSandboxPayment`). Everything else — history, cancelling, the
 * basket (shared with the customer's other devices, so a kiosk would read and overwrite it) — is
 * the customer's own, signed in.
 */

/** The parts of an order that decide who may touch it. */
export interface OrderParties {
  customerId: string;
  courierUserId: string | null;
  /** The courier's user the delivery is offered to (delivery's latest offer), while unassigned. */
  offeredCourierUserId?: string | null;
  /** When that offer lapses; the offered courier reads the order until then. */
  offerExpiresAt?: Date | null;
  /** The kiosk session the order was placed in, if it was; that session may see and pay it. */
  kioskSessionId?: string | null;
}

/** Who places an order: the customer, and the kiosk session they are placing it in, if any. */
export interface Orderer {
  userId: string;
  kioskSessionId: string | null;
}

/** Whether `order` was placed in the kiosk session `kiosk` (by its customer). */
function placedInSession(kiosk: KioskIdentity, order: Pick<OrderParties, 'customerId' | 'kioskSessionId'>): boolean {
  return order.kioskSessionId === kiosk.kioskSessionId && order.customerId === kiosk.userId;
}

/**
 * Any signed-in user, and a kiosk session, may look orders up; what each of them may see is
 * decided per order.
 */
export function assertSignedInReader(identity: Identity): UserIdentity | KioskIdentity {
  return kioskSessionOf(identity) ?? signedIn(identity);
}

/**
 * Only customers place orders (a partner or courier account orders with a customer account),
 * signed in or in a kiosk session (whose orders then carry it).
 */
export function assertCanPlaceOrder(identity: Identity): Orderer {
  const kiosk = kioskSessionOf(identity);
  if (kiosk) return { userId: kiosk.userId, kioskSessionId: kiosk.kioskSessionId };
  return { userId: signedInAs(identity, ['CUSTOMER'], 'Only customers place orders').userId, kioskSessionId: null };
}

/**
 * How much of an order a reader sees:
 * - `FULL`: its customer, the owner of its restaurant and its kitchen staff, and admins;
 * - `COURIER`: the courier assigned to it, and the courier it is offered to until the offer
 *   lapses — what the trip needs (restaurant, pick-up and drop-off, lines, total, notes), not
 *   the payment's QR code and provider reference (the customer's email is users' to hide).
 */
export const OrderView = { Full: 'FULL', Courier: 'COURIER' } as const;
export type OrderView = (typeof OrderView)[keyof typeof OrderView];

/** What `identity` may see of `order`; null for someone who may not see it at all. */
export function orderViewOf(
  identity: Identity,
  order: OrderParties,
  ownerId: string | null,
  now: Date,
  worksThere = false,
): OrderView | null {
  // A kiosk session sees what its customer would, of the orders placed in it only.
  if (identity.kind === 'kiosk') return placedInSession(identity, order) ? OrderView.Full : null;
  if (identity.kind !== 'user') return null;
  const me = identity.userId;
  if (identity.role === 'ADMIN' || me === order.customerId || me === ownerId) return OrderView.Full;
  if (isKitchenStaff(identity, worksThere)) return OrderView.Full;
  if (me === order.courierUserId) return OrderView.Courier;
  const offerOpen = order.offerExpiresAt != null && order.offerExpiresAt.getTime() > now.getTime();
  if (order.courierUserId === null && offerOpen && me === order.offeredCourierUserId) return OrderView.Courier;
  return null;
}

/**
 * Whether the restaurant's owner can change what `identity` sees of `order` ({@link orderViewOf}):
 * not for a kiosk session, an admin or the order's customer, who see it the same whoever owns
 * the restaurant. Readers skip looking the owner up when it cannot matter (most reads are the
 * customer's own, every live update of their order among them).
 */
export function ownerMatters(identity: Identity, order: Pick<OrderParties, 'customerId'>): boolean {
  return identity.kind === 'user' && identity.role !== 'ADMIN' && identity.userId !== order.customerId;
}

/**
 * Who may see an order: its customer, the owner of its restaurant and its kitchen staff, the
 * courier assigned to it or offered it, and admins. A predicate, so reads can filter as well as refuse.
 */
export function canReadOrder(
  identity: Identity,
  order: OrderParties,
  ownerId: string | null,
  now = new Date(),
  worksThere = false,
): boolean {
  return orderViewOf(identity, order, ownerId, now, worksThere) !== null;
}

/**
 * Whether a refused reader might be let in a moment later: a courier, whose offer or
 * assignment reaches orders as delivery's event, a moment after delivery committed it.
 */
export function mayBecomeCourierReader(identity: Identity): boolean {
  return identity.kind === 'user' && identity.role === 'COURIER';
}

/** `orderViewOf` as a guard: UNAUTHENTICATED for anonymous callers, FORBIDDEN for others. */
export function assertCanReadOrder(
  identity: Identity,
  order: OrderParties,
  ownerId: string | null,
  now = new Date(),
  worksThere = false,
): OrderView {
  assertSignedInReader(identity);
  const view = orderViewOf(identity, order, ownerId, now, worksThere);
  if (view === null) throw new ForbiddenError('This order is not yours to see');
  return view;
}

/** A customer's order list: the customer themself or an admin. */
export function assertCanReadCustomerOrders(identity: Identity, customerId: string): void {
  const user = signedIn(identity);
  if (user.userId !== customerId && !isAdmin(identity)) throw new ForbiddenError('Only the user themself or an admin may see their orders');
}

/** A restaurant's order history (`Restaurant.orders`): its owner or an admin. */
export function assertCanReadRestaurantOrders(identity: Identity, ownerId: string | null): void {
  const user = signedIn(identity);
  if (isAdmin(identity) || (ownerId !== null && user.userId === ownerId)) return;
  throw new ForbiddenError("Only the restaurant's owner or an admin may see its orders");
}

/**
 * An order's payment log (`Payment.transactions`): the restaurant's owner or an admin. Not the
 * customer (the log names provider errors and refused webhooks) and not kitchen staff.
 */
export function assertCanReadPaymentTransactions(identity: Identity, ownerId: string | null): void {
  const user = signedIn(identity);
  if (isAdmin(identity) || (ownerId !== null && user.userId === ownerId)) return;
  throw new ForbiddenError("Only the restaurant's owner or an admin may see an order's payment transactions");
}

/** Whether the caller is kitchen staff of the restaurant in question (a STAFF user working there). */
export function isKitchenStaff(identity: Identity, worksThere: boolean): boolean {
  return identity.kind === 'user' && identity.role === 'STAFF' && worksThere;
}

/** A restaurant's kitchen queue and live feed: its owner, its kitchen staff or an admin. */
export function assertCanWatchKitchen(identity: Identity, ownerId: string | null, worksThere: boolean): void {
  const user = signedIn(identity);
  if (isAdmin(identity) || (ownerId !== null && user.userId === ownerId) || isKitchenStaff(identity, worksThere)) return;
  throw new ForbiddenError("Only the restaurant's owner, its kitchen staff or an admin may watch its kitchen");
}

/** The actor for cancelling (and paying in the sandbox): an admin, or else the order's own customer. */
export function customerOrAdminActor(identity: Identity, order: Pick<OrderParties, 'customerId'>): Actor {
  const user = signedIn(identity);
  if (isAdmin(identity)) return { kind: ActorKind.Admin, userId: user.userId };
  if (user.userId === order.customerId) return { kind: ActorKind.Customer, userId: user.userId };
  throw new ForbiddenError('Only the customer who placed this order (or an admin) may do this');
}

/**
 * The actor for kitchen work (accept, reject, cook, lines, ready): the restaurant's owner or
 * its kitchen staff, not even an admin. Staff act for the restaurant, so the actor's kind is
 * OWNER ("the restaurant") either way and its user id says who it was.
 */
export function kitchenActor(identity: Identity, ownerId: string | null, worksThere = false): Actor {
  const user = signedIn(identity);
  if ((ownerId !== null && user.userId === ownerId) || isKitchenStaff(identity, worksThere))
    return { kind: ActorKind.Owner, userId: user.userId };
  throw new ForbiddenError("Only the restaurant's owner or its kitchen staff may do this");
}

/** The actor for changing lines: only the order's own customer. */
export function customerActor(identity: Identity, order: Pick<OrderParties, 'customerId'>): Actor {
  const user = signedIn(identity);
  if (user.userId === order.customerId) return { kind: ActorKind.Customer, userId: user.userId };
  throw new ForbiddenError('Only the customer who placed this order may do this');
}

/** The payment provider as `confirmSandboxPayment` sees it. */
export interface ProviderCapability {
  name: string;
  /** Whether the provider can pretend a payment happened (only the sandbox can). */
  simulates: boolean;
}

/**
 * `confirmSandboxPayment`: the order's customer, the kiosk session it was placed in, or an admin, and only while payments go
 * through a provider that can simulate one (a real provider's money is never faked).
 */
export function assertCanConfirmSandboxPayment(
  identity: Identity,
  order: Pick<OrderParties, 'customerId' | 'kioskSessionId'>,
  provider: ProviderCapability,
): void {
  // A kiosk session pays the orders placed in it (the QR on the kiosk's screen), no others.
  const kiosk = kioskSessionOf(identity);
  if (kiosk && !placedInSession(kiosk, order)) throw new ForbiddenError('This kiosk session may only pay the orders placed in it');
  if (!kiosk) customerOrAdminActor(identity, order);
  if (!provider.simulates) throw new ForbiddenError(`Payments go through ${provider.name}; only the sandbox provider can simulate one`);
}

/** The admin console (dashboard figures, dead letters) is the admins' alone. */
export function assertCanReadAdminConsole(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may read the admin console');
}

/**
 * Creating and deactivating a coupon: an admin any coupon (platform-wide ones are the admins'
 * alone), a restaurant's owner the coupons of that restaurant. Kitchen staff run the kitchen,
 * not its prices, so they may not.
 */
export function assertCanManageCoupon(identity: Identity, coupon: { restaurantId: string | null }, ownerId: string | null): UserIdentity {
  const user = signedIn(identity);
  if (isAdmin(identity)) return user;
  if (coupon.restaurantId === null) throw new ForbiddenError('Only admins manage platform-wide coupons');
  if (ownerId !== null && user.userId === ownerId) return user;
  throw new ForbiddenError("Only the restaurant's owner or an admin may manage its coupons");
}

/**
 * Listing coupons: an admin all of them (or one restaurant's), an owner their own restaurants'
 * (`restaurantId` null: all of theirs). Returns the caller.
 */
export function assertCanListCoupons(identity: Identity, restaurantId: string | null, ownerId: string | null): UserIdentity {
  const user = signedIn(identity);
  if (isAdmin(identity)) return user;
  if (restaurantId === null && user.role === 'PARTNER') return user;
  if (restaurantId !== null && ownerId !== null && user.userId === ownerId) return user;
  throw new ForbiddenError("Only admins and the restaurant's owner may see its coupons");
}

/** The basket and its checkout: customers only (guests included), like placing an order. */
export function assertCanUseBasket(identity: Identity): UserIdentity {
  return signedInAs(identity, ['CUSTOMER'], 'Only customers have a basket');
}
