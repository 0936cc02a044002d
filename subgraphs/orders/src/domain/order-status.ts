/**
 * The vocabulary of an order, as the contract's enums spell it. Plain string unions so the
 * domain stays free of GraphQL and TypeORM; the GraphQL enums are registered from these.
 */
export const OrderStatus = {
  Pending: 'PENDING',
  AwaitingPayment: 'AWAITING_PAYMENT',
  Placed: 'PLACED',
  Accepted: 'ACCEPTED',
  Preparing: 'PREPARING',
  ReadyForPickup: 'READY_FOR_PICKUP',
  PickedUp: 'PICKED_UP',
  Delivered: 'DELIVERED',
  Cancelled: 'CANCELLED',
  Rejected: 'REJECTED',
  /** Paid (or cash) and waiting for its slot; becomes PLACED at scheduledFor − the prep lead time. */
  Scheduled: 'SCHEDULED',
} as const;
export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];
export const ORDER_STATUSES: readonly OrderStatus[] = Object.values(OrderStatus);

/** Statuses an order never leaves. */
export const TERMINAL_STATUSES: ReadonlySet<OrderStatus> = new Set([OrderStatus.Delivered, OrderStatus.Cancelled, OrderStatus.Rejected]);

/** What the kitchen display shows: accepted for cooking up to handed over (oldest first). */
export const KITCHEN_STATUSES: readonly OrderStatus[] = [
  OrderStatus.Placed,
  OrderStatus.Accepted,
  OrderStatus.Preparing,
  OrderStatus.ReadyForPickup,
];

/**
 * How the order reaches its customer: a courier brings it (DELIVERY), or the customer collects
 * it at the counter (PICKUP — a kiosk order, say): no delivery fee, no tip, no courier, and the
 * restaurant hands it over (READY_FOR_PICKUP → DELIVERED).
 */
export const Fulfilment = { Delivery: 'DELIVERY', Pickup: 'PICKUP' } as const;
export type Fulfilment = (typeof Fulfilment)[keyof typeof Fulfilment];

export const PaymentMethod = { QrCode: 'QR_CODE', CashOnDelivery: 'CASH_ON_DELIVERY' } as const;
export type PaymentMethod = (typeof PaymentMethod)[keyof typeof PaymentMethod];

export const PaymentStatus = {
  Pending: 'PENDING',
  Paid: 'PAID',
  Failed: 'FAILED',
  Refunded: 'REFUNDED',
  NotRequired: 'NOT_REQUIRED',
} as const;
export type PaymentStatus = (typeof PaymentStatus)[keyof typeof PaymentStatus];

export const LineStatus = { Queued: 'QUEUED', Cooking: 'COOKING', Done: 'DONE' } as const;
export type LineStatus = (typeof LineStatus)[keyof typeof LineStatus];

/**
 * Who moves an order: its customer, the restaurant's owner, an admin, the platform itself
 * (stock answers, payments, timeouts) or delivery (courier progress, from delivery events).
 */
export const ActorKind = { Customer: 'CUSTOMER', Owner: 'OWNER', Admin: 'ADMIN', System: 'SYSTEM', Delivery: 'DELIVERY' } as const;
export type ActorKind = (typeof ActorKind)[keyof typeof ActorKind];

/** The actor of one transition; `userId` is null for the platform itself. */
export interface Actor {
  kind: ActorKind;
  userId: string | null;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ kind: ActorKind.System, userId: null });
