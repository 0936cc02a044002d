import type { DomainEvent } from '@foodgraph/events';
import { newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { Actor, LineStatus, OrderStatus } from '../domain/order-status';
import type { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderEntity } from '../entities/order.entity';

/** Producer name stamped on every event of this subgraph. */
export const ORDERS_PRODUCER = 'orders';

const linesOf = (lines: readonly OrderLineEntity[]) =>
  lines.map((line) => ({
    lineId: line.id,
    menuItemId: line.menuItemId,
    name: line.name,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
  }));

/** `orders.order.placed`: the new PENDING order, for menu's stock reservation. */
export function orderPlaced(
  order: OrderEntity,
  lines: readonly OrderLineEntity[],
  origin: ChangeOrigin,
): DomainEvent<'orders.order.placed'> {
  return newEvent(
    'orders.order.placed',
    {
      orderId: order.id,
      number: order.number,
      customerId: order.customerId,
      restaurantId: order.restaurantId,
      stockVersion: order.stockVersion,
      lines: linesOf(lines),
      currency: order.currency,
      subtotal: order.subtotal,
      deliveryFee: order.deliveryFee,
      total: order.total,
      paymentMethod: order.paymentMethod,
      deliveryAddress: order.deliveryAddress,
      notes: order.notes,
      placedAt: order.placedAt.toISOString(),
      discount: order.discount,
      tip: order.tip,
      couponCode: order.couponCode,
      scheduledFor: order.scheduledFor?.toISOString() ?? null,
      fulfilment: order.fulfilment,
    },
    { producer: ORDERS_PRODUCER, ...origin, occurredAt: order.placedAt },
  );
}

/** `orders.order.lines_changed`: new lines that menu must re-reserve under `stockVersion`. */
export function orderLinesChanged(
  order: OrderEntity,
  lines: readonly OrderLineEntity[],
  origin: ChangeOrigin,
): DomainEvent<'orders.order.lines_changed'> {
  return newEvent(
    'orders.order.lines_changed',
    {
      orderId: order.id,
      restaurantId: order.restaurantId,
      stockVersion: order.stockVersion,
      lines: linesOf(lines),
      currency: order.currency,
      subtotal: order.subtotal,
      deliveryFee: order.deliveryFee,
      total: order.total,
      changedAt: order.updatedAt.toISOString(),
    },
    { producer: ORDERS_PRODUCER, ...origin, occurredAt: order.updatedAt },
  );
}

/** `orders.order.line_status_changed`: the kitchen moved `line` (already saved) on from `from`. */
export function orderLineStatusChanged(
  order: OrderEntity,
  line: OrderLineEntity,
  from: LineStatus,
  actor: Actor,
  origin: ChangeOrigin,
): DomainEvent<'orders.order.line_status_changed'> {
  return newEvent(
    'orders.order.line_status_changed',
    {
      orderId: order.id,
      restaurantId: order.restaurantId,
      lineId: line.id,
      name: line.name,
      from,
      to: line.status,
      actorId: actor.userId,
      at: order.updatedAt.toISOString(),
    },
    { producer: ORDERS_PRODUCER, ...origin, occurredAt: order.updatedAt },
  );
}

/** `orders.order.status_changed` for one transition, after it was applied to `order`. */
export function orderStatusChanged(
  order: OrderEntity,
  from: OrderStatus,
  actor: Actor,
  reason: string | null,
  origin: ChangeOrigin,
): DomainEvent<'orders.order.status_changed'> {
  return newEvent(
    'orders.order.status_changed',
    {
      orderId: order.id,
      number: order.number,
      customerId: order.customerId,
      restaurantId: order.restaurantId,
      from,
      to: order.status,
      reason,
      actorKind: actor.kind,
      actorId: actor.userId,
      paymentStatus: order.paymentStatus,
      estimatedReadyAt: order.estimatedReadyAt?.toISOString() ?? null,
      at: order.updatedAt.toISOString(),
      fulfilment: order.fulfilment,
    },
    { producer: ORDERS_PRODUCER, ...origin, occurredAt: order.updatedAt },
  );
}

/** What was refunded: the order's own payment, or a late payment of a superseded QR code. */
export interface RefundedPayment {
  paymentReference: string;
  refundReference: string;
  amount: number;
  currency: string;
  superseded: boolean;
}

/** `orders.payment.refunded`: the provider returned `payment`'s money to the order's customer at `at`. */
export function paymentRefunded(
  order: OrderEntity,
  payment: RefundedPayment,
  at: Date,
  origin: ChangeOrigin,
): DomainEvent<'orders.payment.refunded'> {
  return newEvent(
    'orders.payment.refunded',
    {
      orderId: order.id,
      number: order.number,
      customerId: order.customerId,
      restaurantId: order.restaurantId,
      ...payment,
      at: at.toISOString(),
    },
    { producer: ORDERS_PRODUCER, ...origin, occurredAt: at },
  );
}
