import type { DomainEvent } from '@foodgraph/events';
import { newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { CourierEntity } from '../entities/courier.entity';
import type { DeliveryEntity } from '../entities/delivery.entity';
import type { OfferEntity } from '../entities/offer.entity';

const PRODUCER = 'delivery';
const origin = (o: ChangeOrigin, at: Date) => ({
  producer: PRODUCER,
  correlationId: o.correlationId,
  causationId: o.causationId,
  occurredAt: at,
});

/** `delivery.delivery.offered` for a new offer. */
export function offeredEvent(delivery: DeliveryEntity, offer: OfferEntity, courier: CourierEntity, o: ChangeOrigin): DomainEvent {
  return newEvent(
    'delivery.delivery.offered',
    {
      deliveryId: delivery.id,
      orderId: delivery.orderId,
      offerId: offer.id,
      courierId: courier.id,
      courierUserId: courier.userId,
      expiresAt: offer.expiresAt.toISOString(),
      at: offer.offeredAt.toISOString(),
    },
    origin(o, offer.offeredAt),
  );
}

/** `delivery.delivery.assigned` once a courier accepted. */
export function assignedEvent(delivery: DeliveryEntity, courier: CourierEntity, at: Date, o: ChangeOrigin): DomainEvent {
  return newEvent(
    'delivery.delivery.assigned',
    {
      deliveryId: delivery.id,
      orderId: delivery.orderId,
      courierId: courier.id,
      courierUserId: courier.userId,
      etaAt: delivery.etaAt?.toISOString() ?? null,
      at: at.toISOString(),
    },
    origin(o, at),
  );
}

/** `delivery.delivery.picked_up` / `delivered`: the orders subgraph moves the order on these. */
export function progressEvent(
  type: 'delivery.delivery.picked_up' | 'delivery.delivery.delivered',
  delivery: DeliveryEntity,
  courier: CourierEntity,
  at: Date,
  o: ChangeOrigin,
): DomainEvent {
  return newEvent(
    type,
    { deliveryId: delivery.id, orderId: delivery.orderId, courierId: courier.id, courierUserId: courier.userId, at: at.toISOString() },
    origin(o, at),
  );
}

/** `delivery.delivery.cancelled` when the order's cancellation ended the delivery. */
export function cancelledEvent(delivery: DeliveryEntity, courier: CourierEntity | null, at: Date, o: ChangeOrigin): DomainEvent {
  return newEvent(
    'delivery.delivery.cancelled',
    {
      deliveryId: delivery.id,
      orderId: delivery.orderId,
      status: delivery.status === 'FAILED' ? 'FAILED' : 'CANCELLED',
      courierId: courier?.id ?? null,
      courierUserId: courier?.userId ?? null,
      reason: delivery.endReason,
      at: at.toISOString(),
    },
    origin(o, at),
  );
}
