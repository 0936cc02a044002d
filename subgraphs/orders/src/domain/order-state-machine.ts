import { ActorKind, Fulfilment, OrderStatus, TERMINAL_STATUSES, type Actor } from './order-status';

const { Customer, Owner, Admin, System, Delivery } = ActorKind;
const S = OrderStatus;

/**
 * Every legal move of an order and who may make it (architecture §3):
 * - the platform answers the stock check, the payment and the timeouts;
 * - the customer cancels until the restaurant accepted, and may change lines before that
 *   (which sends the order back to PENDING for a new stock check);
 * - the owner accepts or rejects a PLACED order, then cooks it to READY_FOR_PICKUP;
 * - delivery reports pick-up and drop-off. A courier may collect an order the kitchen forgot
 *   to mark ready, so PICKED_UP is also legal from ACCEPTED and PREPARING;
 * - a PICKUP order has no courier: the restaurant hands it over, READY_FOR_PICKUP → DELIVERED
 *   (`FULFILMENT_RULES` keeps each kind of order to its own moves);
 * - an admin may cancel any order that is not finished;
 * - a scheduled order (one with `scheduledFor`) waits SCHEDULED instead of PLACED once its stock
 *   is reserved (cash) or it is paid (QR); the platform releases it to PLACED at its kitchen
 *   time, and its customer may cancel it while it waits (a paid one is refunded). Its lines
 *   cannot change there: the customer cancels and orders again.
 */
const TRANSITIONS: Readonly<Record<OrderStatus, Partial<Record<OrderStatus, readonly ActorKind[]>>>> = {
  [S.Pending]: {
    [S.AwaitingPayment]: [System],
    [S.Placed]: [System],
    [S.Scheduled]: [System],
    [S.Rejected]: [System],
    [S.Cancelled]: [Customer, Admin],
  },
  [S.AwaitingPayment]: {
    [S.Pending]: [Customer],
    [S.Placed]: [System],
    [S.Scheduled]: [System],
    [S.Cancelled]: [Customer, Admin, System],
  },
  [S.Placed]: {
    [S.Pending]: [Customer],
    [S.Accepted]: [Owner],
    [S.Rejected]: [Owner, System],
    [S.Cancelled]: [Customer, Admin],
  },
  [S.Scheduled]: {
    [S.Placed]: [System],
    [S.Cancelled]: [Customer, Admin],
  },
  [S.Accepted]: { [S.Preparing]: [Owner], [S.PickedUp]: [Delivery], [S.Cancelled]: [Admin] },
  [S.Preparing]: { [S.ReadyForPickup]: [Owner], [S.PickedUp]: [Delivery], [S.Cancelled]: [Admin] },
  [S.ReadyForPickup]: { [S.PickedUp]: [Delivery], [S.Delivered]: [Owner], [S.Cancelled]: [Admin] },
  [S.PickedUp]: { [S.Delivered]: [Delivery], [S.Cancelled]: [Admin] },
  [S.Delivered]: {},
  [S.Cancelled]: {},
  [S.Rejected]: {},
};

/**
 * The moves only one kind of order makes: a courier's (picked up, delivered) only a delivered
 * order, the restaurant's hand-over only a collected one.
 */
const FULFILMENT_RULES: Readonly<Record<Fulfilment, (to: OrderStatus, actor: ActorKind) => boolean>> = {
  [Fulfilment.Delivery]: (to, actor) => !(to === S.Delivered && actor === Owner),
  [Fulfilment.Pickup]: (_to, actor) => actor !== Delivery,
};

/**
 * Whether `actor` may move an order from `from` to `to`. A move that exists but belongs to
 * someone else is just as illegal for this actor: a customer cancelling an ACCEPTED order gets
 * INVALID_STATE_TRANSITION, because customers may cancel, only not any more. `fulfilment`
 * defaults to DELIVERY, the platform's first and most common kind of order.
 */
export function canTransition(
  from: OrderStatus,
  to: OrderStatus,
  actor: Pick<Actor, 'kind'>,
  fulfilment: Fulfilment = Fulfilment.Delivery,
): boolean {
  return (TRANSITIONS[from][to]?.includes(actor.kind) ?? false) && FULFILMENT_RULES[fulfilment](to, actor.kind);
}

/** Every status `actor` may move an order in `from` to. */
export function nextStatuses(from: OrderStatus, actor: Pick<Actor, 'kind'>, fulfilment: Fulfilment = Fulfilment.Delivery): OrderStatus[] {
  return (Object.keys(TRANSITIONS[from]) as OrderStatus[]).filter((to) => canTransition(from, to, actor, fulfilment));
}

/**
 * Whether moving to `to` by `actor` was the order's last move already: it is in `to`, and the
 * same user made that move. A retried command (the first attempt committed, its answer was
 * lost) then gets the order back instead of INVALID_STATE_TRANSITION; anyone else is refused.
 */
export function isRepeatedMove(
  current: OrderStatus,
  last: { status: OrderStatus; actorId: string | null } | null,
  to: OrderStatus,
  actor: Actor,
): boolean {
  return current === to && last !== null && last.status === to && actor.userId !== null && last.actorId === actor.userId;
}

export function isTerminal(status: OrderStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** True while the restaurant has not accepted: the customer may cancel (lines may change until PLACED). */
export function isBeforeAcceptance(status: OrderStatus): boolean {
  return status === S.Pending || status === S.AwaitingPayment || status === S.Placed || status === S.Scheduled;
}

/**
 * Where an order goes once its stock is reserved and it is paid (or paid in cash): straight to
 * the kitchen (PLACED), or SCHEDULED to wait for its slot when it was ordered for later.
 */
export function confirmedStatus(order: { scheduledFor: Date | null }): typeof S.Placed | typeof S.Scheduled {
  return order.scheduledFor ? S.Scheduled : S.Placed;
}
