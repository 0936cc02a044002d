import { InvalidStateTransitionError } from '@foodgraph/platform/errors';
import { CourierStatus, DeliveryStatus, OfferStatus } from './delivery-status';

/**
 * Who moves a delivery, an offer or a courier:
 * - the COURIER answers offers, picks up, drops off and goes on- or offline;
 * - the SYSTEM is the dispatcher, its poller, and the reactions to the orders subgraph
 *   (an admin cancelling an order reaches delivery as the order's event, so as SYSTEM);
 * - an ADMIN manages courier profiles (deleting one takes back its open offer).
 */
export const DeliveryActor = { Courier: 'COURIER', System: 'SYSTEM', Admin: 'ADMIN' } as const;
export type DeliveryActor = (typeof DeliveryActor)[keyof typeof DeliveryActor];

/** What can happen to a delivery. */
export const DeliveryAction = {
  /** The dispatcher offers it to a courier; it keeps waiting for one meanwhile. */
  Offer: 'OFFER',
  Accept: 'ACCEPT',
  PickUp: 'PICK_UP',
  Deliver: 'DELIVER',
  /** The order was cancelled or rejected: the delivery ends with it. */
  EndWithOrder: 'END_WITH_ORDER',
} as const;
export type DeliveryAction = (typeof DeliveryAction)[keyof typeof DeliveryAction];

/** What can happen to an offer (all of it while the offer is PENDING). */
export const OfferAction = { Accept: 'ACCEPT', Decline: 'DECLINE', Expire: 'EXPIRE', Withdraw: 'WITHDRAW' } as const;
export type OfferAction = (typeof OfferAction)[keyof typeof OfferAction];

/** What can happen to a courier's availability. */
export const CourierAction = {
  GoOnline: 'GO_ONLINE',
  GoOffline: 'GO_OFFLINE',
  /** Accepting an offer. */
  TakeDelivery: 'TAKE_DELIVERY',
  /** The held delivery was delivered, cancelled or failed. */
  FinishDelivery: 'FINISH_DELIVERY',
  /** An admin deletes the profile. */
  Remove: 'REMOVE',
} as const;
export type CourierAction = (typeof CourierAction)[keyof typeof CourierAction];

/** One legal move: where it leads and who may make it. */
interface Move<S> {
  to: S;
  by: readonly DeliveryActor[];
}

type Table<S extends string, A extends string> = Readonly<Record<S, Partial<Record<A, Move<S>>>>>;

const { Courier, System, Admin } = DeliveryActor;
const D = DeliveryStatus;
const C = CourierStatus;

/**
 * Every legal move of a delivery (architecture §3): AWAITING_COURIER → ASSIGNED → PICKED_UP →
 * DELIVERED. The order ending first makes it CANCELLED while the food is still at the
 * restaurant, FAILED once a courier carries it.
 */
const DELIVERY_MOVES: Table<DeliveryStatus, DeliveryAction> = {
  [D.AwaitingCourier]: {
    OFFER: { to: D.AwaitingCourier, by: [System] },
    ACCEPT: { to: D.Assigned, by: [Courier] },
    END_WITH_ORDER: { to: D.Cancelled, by: [System] },
  },
  [D.Assigned]: {
    PICK_UP: { to: D.PickedUp, by: [Courier] },
    END_WITH_ORDER: { to: D.Cancelled, by: [System] },
  },
  [D.PickedUp]: {
    DELIVER: { to: D.Delivered, by: [Courier] },
    END_WITH_ORDER: { to: D.Failed, by: [System] },
  },
  [D.Delivered]: {},
  [D.Failed]: {},
  [D.Cancelled]: {},
};

/**
 * Every legal move of an offer: only a PENDING one moves. The courier answers it; the poller
 * expires it; it is withdrawn when the order ends (SYSTEM), the courier goes offline
 * (COURIER) or an admin deletes the courier (ADMIN).
 */
const OFFER_MOVES: Table<OfferStatus, OfferAction> = {
  [OfferStatus.Pending]: {
    ACCEPT: { to: OfferStatus.Accepted, by: [Courier] },
    DECLINE: { to: OfferStatus.Declined, by: [Courier] },
    EXPIRE: { to: OfferStatus.Expired, by: [System] },
    WITHDRAW: { to: OfferStatus.Withdrawn, by: [System, Courier, Admin] },
  },
  [OfferStatus.Accepted]: {},
  [OfferStatus.Declined]: {},
  [OfferStatus.Expired]: {},
  [OfferStatus.Withdrawn]: {},
};

/**
 * Every legal move of a courier: OFFLINE → AVAILABLE ⇄ ON_DELIVERY. Saying "available" or
 * "offline" again is allowed and changes nothing; a courier on a delivery stays on it when
 * saying "available" and may not go offline until it ends; nor may an admin delete them then.
 */
const COURIER_MOVES: Table<CourierStatus, CourierAction> = {
  [C.Offline]: {
    GO_ONLINE: { to: C.Available, by: [Courier] },
    GO_OFFLINE: { to: C.Offline, by: [Courier] },
    REMOVE: { to: C.Offline, by: [Admin] },
  },
  [C.Available]: {
    GO_ONLINE: { to: C.Available, by: [Courier] },
    GO_OFFLINE: { to: C.Offline, by: [Courier] },
    TAKE_DELIVERY: { to: C.OnDelivery, by: [Courier] },
    REMOVE: { to: C.Offline, by: [Admin] },
  },
  [C.OnDelivery]: {
    GO_ONLINE: { to: C.OnDelivery, by: [Courier] },
    FINISH_DELIVERY: { to: C.Available, by: [Courier, System] },
  },
};

/**
 * Where each action normally leads, named by INVALID_STATE_TRANSITION when it is refused
 * ("Cannot move delivery from PICKED_UP to ASSIGNED").
 */
const DELIVERY_TARGET: Readonly<Record<DeliveryAction, DeliveryStatus>> = {
  OFFER: D.AwaitingCourier,
  ACCEPT: D.Assigned,
  PICK_UP: D.PickedUp,
  DELIVER: D.Delivered,
  END_WITH_ORDER: D.Cancelled,
};
const OFFER_TARGET: Readonly<Record<OfferAction, OfferStatus>> = {
  ACCEPT: OfferStatus.Accepted,
  DECLINE: OfferStatus.Declined,
  EXPIRE: OfferStatus.Expired,
  WITHDRAW: OfferStatus.Withdrawn,
};
const COURIER_TARGET: Readonly<Record<CourierAction, CourierStatus>> = {
  GO_ONLINE: C.Available,
  GO_OFFLINE: C.Offline,
  TAKE_DELIVERY: C.OnDelivery,
  FINISH_DELIVERY: C.Available,
  REMOVE: C.Offline,
};

function next<S extends string, A extends string>(table: Table<S, A>, from: S, action: A, actor: DeliveryActor): S | null {
  const move = table[from][action];
  return move?.by.includes(actor) ? move.to : null;
}

/**
 * The status `action` by `actor` moves a delivery in `from` to; null when refused. A move
 * that exists but belongs to someone else is refused just the same.
 */
export function nextDeliveryStatus(from: DeliveryStatus, action: DeliveryAction, actor: DeliveryActor): DeliveryStatus | null {
  return next(DELIVERY_MOVES, from, action, actor);
}

/**
 * Whether `action` by the delivery's own courier was already made: the delivery is where the
 * action leads and it is theirs. A retried command (its first attempt committed, the answer
 * was lost) then gets the current state back instead of INVALID_STATE_TRANSITION.
 */
export function isRepeatedCourierStep(
  delivery: { status: DeliveryStatus; courierId: string | null },
  action: DeliveryAction,
  courierId: string,
): boolean {
  const courierSteps: readonly DeliveryAction[] = [DeliveryAction.Accept, DeliveryAction.PickUp, DeliveryAction.Deliver];
  return courierSteps.includes(action) && delivery.courierId === courierId && delivery.status === DELIVERY_TARGET[action];
}

/** The status of a delivery after `action`, or INVALID_STATE_TRANSITION (as clients knew it). */
export function moveDelivery(from: DeliveryStatus, action: DeliveryAction, actor: DeliveryActor): DeliveryStatus {
  const to = nextDeliveryStatus(from, action, actor);
  if (to === null) throw new InvalidStateTransitionError(from, DELIVERY_TARGET[action], 'delivery');
  return to;
}

/** The status `action` by `actor` moves an offer in `from` to; null when refused. */
export function nextOfferStatus(from: OfferStatus, action: OfferAction, actor: DeliveryActor): OfferStatus | null {
  return next(OFFER_MOVES, from, action, actor);
}

/**
 * The status of an offer after `action`, or INVALID_STATE_TRANSITION. Callers find offers by
 * their status (open ones are PENDING), so for them this names the status it moves to.
 */
export function moveOffer(from: OfferStatus, action: OfferAction, actor: DeliveryActor): OfferStatus {
  const to = nextOfferStatus(from, action, actor);
  if (to === null) throw new InvalidStateTransitionError(from, OFFER_TARGET[action], 'offer');
  return to;
}

/** The status `action` by `actor` moves a courier in `from` to; null when refused. */
export function nextCourierStatus(from: CourierStatus, action: CourierAction, actor: DeliveryActor): CourierStatus | null {
  return next(COURIER_MOVES, from, action, actor);
}

/** The status of a courier after `action`, or INVALID_STATE_TRANSITION (as clients knew it). */
export function moveCourier(from: CourierStatus, action: CourierAction, actor: DeliveryActor): CourierStatus {
  const to = nextCourierStatus(from, action, actor);
  if (to === null) throw new InvalidStateTransitionError(from, COURIER_TARGET[action], 'courier');
  return to;
}

/** An offer is answerable until `expiresAt`; from then on the poller expires it. */
export function isOfferExpired(offer: { expiresAt: Date }, now: Date): boolean {
  return offer.expiresAt.getTime() <= now.getTime();
}
