import { Address, GeoPoint, Money } from '@foodgraph/platform/graphql';
import { lineTotal } from '../domain/pricing';
import type { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderStatusChangeEntity } from '../entities/order-status-change.entity';
import type { OrderEntity } from '../entities/order.entity';
import { OrderView } from '../services/access';
import { Order, OrderLine, OrderStatusChange, Payment } from './types/order.type';
import { menuItemRef, restaurantRef, userRef } from './types/references.type';

/**
 * An order row as the GraphQL `Order` (lines and history are resolved separately), as much of
 * it as `view` shows: a courier gets no payment QR code or provider reference.
 */
export function toOrder(o: OrderEntity, view: OrderView = OrderView.Full): Order {
  const loc = o.deliveryAddress.location;
  const full = view === OrderView.Full;
  return Object.assign(new Order(), {
    id: o.id,
    number: o.number,
    customer: userRef(o.customerId),
    restaurant: restaurantRef(o.restaurantId),
    subtotal: Money.of(o.subtotal, o.currency),
    deliveryFee: Money.of(o.deliveryFee, o.currency),
    discount: Money.of(o.discount, o.currency),
    tip: Money.of(o.tip, o.currency),
    total: Money.of(o.total, o.currency),
    scheduledFor: o.scheduledFor,
    fulfilment: o.fulfilment,
    couponId: o.couponId,
    status: o.status,
    statusReason: o.statusReason,
    payment: Object.assign(new Payment(), {
      method: o.paymentMethod,
      status: o.paymentStatus,
      amount: Money.of(o.total, o.currency),
      qrCode: full ? o.paymentQr : null,
      providerReference: full ? o.paymentReference : null,
      paidAt: o.paidAt,
      refundedAt: o.refundedAt,
      providerName: o.paymentProvider,
      orderId: o.id,
      restaurantId: o.restaurantId,
    }),
    deliveryAddress: Object.assign(new Address(), {
      line1: o.deliveryAddress.line1,
      line2: o.deliveryAddress.line2,
      city: o.deliveryAddress.city,
      postalCode: o.deliveryAddress.postalCode,
      location: loc ? Object.assign(new GeoPoint(), { lat: loc.lat, lng: loc.lng }) : null,
    }),
    notes: o.notes,
    estimatedReadyAt: o.estimatedReadyAt,
    placedAt: o.placedAt,
    updatedAt: o.updatedAt,
    currency: o.currency,
  });
}

export function toOrderLine(line: OrderLineEntity, currency: string): OrderLine {
  return Object.assign(new OrderLine(), {
    id: line.id,
    menuItem: menuItemRef(line.menuItemId),
    name: line.name,
    unitPrice: Money.of(line.unitPrice, currency),
    quantity: line.quantity,
    notes: line.notes,
    lineTotal: Money.of(lineTotal(line), currency),
    status: line.status,
  });
}

export function toStatusChange(change: OrderStatusChangeEntity): OrderStatusChange {
  return Object.assign(new OrderStatusChange(), {
    status: change.status,
    at: change.at,
    actor: change.actorId ? userRef(change.actorId) : null,
    reason: change.reason,
  });
}
