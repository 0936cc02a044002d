import type { EventData } from '@foodgraph/events';
import { NotificationKind, type NotificationDraft } from './notification-kind';

/*
 * Who hears of an order's progress, and in which words. Pure: the reaction hands in the event
 * and the recipients it looked up (the restaurant's owner and staff), and stores what comes out.
 */

type StatusChange = EventData<'orders.order.status_changed'>;

interface CustomerLine {
  title: (orderNumber: string) => string;
  body: string;
}

/**
 * The customer's line for each status an order can reach. Keyed by string, not by the event's
 * status enum, so a status added to orders later (SCHEDULED) still gets a line: `lineOf`.
 */
const CUSTOMER_LINES: Readonly<Record<string, CustomerLine>> = {
  PENDING: { title: (n) => `Order #${n} received`, body: 'We are checking the restaurant has everything you asked for.' },
  AWAITING_PAYMENT: { title: (n) => `Order #${n} is waiting for payment`, body: 'Pay with the QR code to send it to the kitchen.' },
  PLACED: { title: (n) => `Order #${n} sent to the restaurant`, body: 'The restaurant will accept it shortly.' },
  ACCEPTED: { title: (n) => `Order #${n} accepted`, body: 'The restaurant accepted your order.' },
  PREPARING: { title: (n) => `Order #${n} is being prepared`, body: 'The kitchen is cooking your food.' },
  READY_FOR_PICKUP: { title: (n) => `Order #${n} is ready`, body: 'Your food is ready and waiting for the courier.' },
  PICKED_UP: { title: (n) => `Order #${n} picked up`, body: 'Your courier has your food and is on the way.' },
  DELIVERED: { title: (n) => `Order #${n} delivered`, body: 'Enjoy your meal! You can now review the order.' },
  CANCELLED: { title: (n) => `Order #${n} cancelled`, body: 'The order was cancelled.' },
  REJECTED: { title: (n) => `Order #${n} rejected`, body: 'The restaurant could not take the order.' },
  SCHEDULED: { title: (n) => `Order #${n} scheduled`, body: 'It goes to the kitchen in time for its slot.' },
};

/** A collected order's words where they differ: nobody brings it, the customer comes for it. */
const PICKUP_LINES: Readonly<Record<string, CustomerLine>> = {
  READY_FOR_PICKUP: { title: (n) => `Order #${n} is ready`, body: 'Your food is ready: collect it at the counter.' },
  DELIVERED: { title: (n) => `Order #${n} collected`, body: 'Enjoy your meal! You can now review the order.' },
};

function paidBody(to: string): string {
  return to === 'SCHEDULED'
    ? 'The order is scheduled: it goes to the kitchen in time for its slot.'
    : 'The order is on its way to the restaurant.';
}

function lineOf(status: string, fulfilment: StatusChange['fulfilment']): CustomerLine {
  return (
    (fulfilment === 'PICKUP' ? PICKUP_LINES[status] : undefined) ??
    CUSTOMER_LINES[status] ?? { title: (n) => `Order #${n}: ${status.toLowerCase().replaceAll('_', ' ')}`, body: '' }
  );
}

/** The restaurant's people who hear of its new orders: its owner (when known) and its staff. */
export interface RestaurantAudience {
  ownerId: string | null;
  staffIds: readonly string[];
}

/**
 * Whether the restaurant's owner and staff hear of this change: once the order is PLACED, when
 * the kitchen has to act on it. For any other change nobody needs to look them up.
 */
export function kitchenHearsOf(change: Pick<StatusChange, 'to'>): boolean {
  return change.to === 'PLACED';
}

/** Nobody at the restaurant: the audience of a change the kitchen does not hear of. */
export const NO_AUDIENCE: RestaurantAudience = { ownerId: null, staffIds: [] };

/**
 * Notifications of one status change: the customer hears of every one (a payment that placed
 * the order is a PAYMENT notification, the rest ORDER_STATUS, with the reason of a cancellation
 * or rejection); the restaurant's owner and staff hear of the order once it is PLACED, which
 * is when the kitchen has to act on it.
 */
export function notificationsOfStatusChange(change: StatusChange, restaurant: RestaurantAudience): NotificationDraft[] {
  const links = { orderId: change.orderId, restaurantId: change.restaurantId };
  const line = lineOf(change.to, change.fulfilment);
  // The payment is news once, when it confirms the order: straight to the kitchen (PLACED), or
  // to wait for its slot (SCHEDULED). A scheduled order reaching the kitchen later is just that.
  const paid = (change.to === 'PLACED' || change.to === 'SCHEDULED') && change.from !== 'SCHEDULED' && change.paymentStatus === 'PAID';
  const customer: NotificationDraft = {
    recipientId: change.customerId,
    kind: paid ? NotificationKind.Payment : NotificationKind.OrderStatus,
    title: paid ? `Payment received for order #${change.number}` : line.title(change.number),
    body: paid ? paidBody(change.to) : withReason(line.body, change.reason),
    ...links,
  };
  if (!kitchenHearsOf(change)) return [customer];
  const kitchen = unique([restaurant.ownerId, ...restaurant.staffIds]).map((recipientId): NotificationDraft => ({
    recipientId,
    kind: NotificationKind.NewOrder,
    title: `New order #${change.number}`,
    body: 'Accept or reject it in the kitchen.',
    ...links,
  }));
  return [customer, ...kitchen];
}

/** The customer hears that money came back: the order's own payment or a superseded one. */
export function notificationsOfRefund(refund: EventData<'orders.payment.refunded'>): NotificationDraft[] {
  const amount = `${(refund.amount / 100).toFixed(2)} ${refund.currency}`;
  return [
    {
      recipientId: refund.customerId,
      kind: NotificationKind.Payment,
      title: `Refund for order #${refund.number}`,
      body: `${amount} is on its way back to you.`,
      orderId: refund.orderId,
      restaurantId: refund.restaurantId,
    },
  ];
}

function withReason(body: string, reason: string | null): string {
  if (!reason) return body;
  return body ? `${body} Reason: ${reason}` : `Reason: ${reason}`;
}

function unique(ids: ReadonlyArray<string | null>): string[] {
  return [...new Set(ids.filter((id): id is string => id !== null))];
}
