import type { DomainEvent } from '@foodgraph/events';
import { appendToOutbox, uuidv7, type Clock, type EventHandlers, type Logger } from '@foodgraph/platform';
import type { EntityManager } from 'typeorm';
import { DeliveryStatus, OfferStatus } from '../domain/delivery-status';
import { distanceOrNull } from '../domain/geo';
import { CourierEntity } from '../entities/courier.entity';
import { DeliveryEntity } from '../entities/delivery.entity';
import { OfferEntity } from '../entities/offer.entity';
import { OrderSnapshotEntity, RestaurantSnapshotEntity } from '../entities/read-model.entities';
import { freeCourier } from '../services/courier-state';
import type { Dispatcher } from '../services/dispatcher';
import { cancelledEvent, type ChangeOrigin } from './delivery-events';

/** Durable consumer name of delivery's reactions to the orders subgraph. */
export const ORDERS_CONSUMER = 'delivery-orders';

export interface OrderHandlerDeps {
  dispatcher: Dispatcher;
  clock: Clock;
  logger: Logger;
}

type StatusChanged = DomainEvent<'orders.order.status_changed'>;
const FINISHED: ReadonlySet<DeliveryStatus> = new Set([DeliveryStatus.Delivered, DeliveryStatus.Failed, DeliveryStatus.Cancelled]);
const originOf = (event: DomainEvent): ChangeOrigin => ({ correlationId: event.correlationId, causationId: event.id });

/**
 * Follows orders: keeps each order's drop-off and status (pick-up waits for READY_FOR_PICKUP),
 * creates and dispatches a delivery when the restaurant accepts, and ends the delivery when
 * the order is cancelled. One consumer for both types, so placement is seen before acceptance.
 */
export function orderHandlers(deps: OrderHandlerDeps): EventHandlers {
  const { dispatcher, clock, logger } = deps;

  /** CreateDeliveryWhenOrderAccepted: pick-up from the menu read model, drop-off from the order. */
  const createDelivery = async (event: StatusChanged, manager: EntityManager): Promise<void> => {
    const { orderId, restaurantId } = event.data;
    if ((await manager.count(DeliveryEntity, { where: { orderId } })) > 0) return;
    const order = await manager.findOneBy(OrderSnapshotEntity, { id: orderId });
    const restaurant = await manager.findOneBy(RestaurantSnapshotEntity, { id: restaurantId });
    // Menu's and orders' streams are separate, so the restaurant may not have arrived yet:
    // failing makes the bus redeliver (with backoff) until it has.
    if (!order) throw new Error(`order ${orderId} was accepted but its placement is not known yet`);
    if (!restaurant) throw new Error(`order ${orderId} was accepted but restaurant ${restaurantId} is not known yet`);
    const now = clock();
    const delivery = Object.assign(new DeliveryEntity(), {
      id: uuidv7(now.getTime()),
      orderId,
      restaurantId,
      customerId: order.customerId,
      status: DeliveryStatus.AwaitingCourier,
      courierId: null,
      pickup: restaurant.address,
      dropoff: order.dropoff,
      distanceMeters: distanceOrNull(restaurant.address.location, order.dropoff.location) ?? 0,
      etaAt: null,
      promisedAt: null,
      assignedAt: null,
      pickedUpAt: null,
      deliveredAt: null,
      endedAt: null,
      endReason: null,
      pay: null,
      payCurrency: null,
      createdAt: now,
      updatedAt: now,
      correlationId: event.correlationId,
    });
    await manager.insert(DeliveryEntity, delivery);
    logger.info({ deliveryId: delivery.id, orderId, correlationId: event.correlationId }, 'delivery created');
    const events: DomainEvent[] = [];
    await dispatcher.offerNext(manager, delivery, (...e) => events.push(...e), originOf(event));
    await appendToOutbox(manager, events);
  };

  /** CancelDeliveryWhenOrderCancelled: CANCELLED before pick-up, FAILED after; the courier is freed. */
  const endDelivery = async (event: StatusChanged, manager: EntityManager): Promise<void> => {
    const found = await manager.findOneBy(DeliveryEntity, { orderId: event.data.orderId });
    if (!found) return;
    const delivery = await dispatcher.lockDelivery(manager, found.id);
    if (!delivery || FINISHED.has(delivery.status)) return;
    const now = clock();
    const status = delivery.status === DeliveryStatus.PickedUp ? DeliveryStatus.Failed : DeliveryStatus.Cancelled;
    const courier = delivery.courierId
      ? await manager.findOne(CourierEntity, { where: { id: delivery.courierId }, lock: { mode: 'pessimistic_write' } })
      : null;
    await manager.update(
      OfferEntity,
      { deliveryId: delivery.id, status: OfferStatus.Pending },
      { status: OfferStatus.Withdrawn, answeredAt: now },
    );
    Object.assign(delivery, {
      status,
      endedAt: now,
      endReason: event.data.reason ?? `The order was ${event.data.to.toLowerCase()}`,
      etaAt: null,
      updatedAt: now,
    });
    await manager.save(delivery);
    if (courier) await freeCourier(manager, courier, now);
    await appendToOutbox(manager, [cancelledEvent(delivery, courier, now, originOf(event))]);
    logger.info(
      { deliveryId: delivery.id, orderId: delivery.orderId, status, correlationId: event.correlationId },
      'delivery ended with its order',
    );
  };

  return {
    'orders.order.placed': async (event, manager) => {
      const o = event.data;
      await manager.query(
        `INSERT INTO order_snapshots (id, customer_id, restaurant_id, dropoff, status) VALUES ($1, $2, $3, $4::jsonb, 'PENDING')
         ON CONFLICT (id) DO NOTHING`,
        [o.orderId, o.customerId, o.restaurantId, JSON.stringify(o.deliveryAddress)],
      );
    },
    'orders.order.status_changed': async (event, manager) => {
      const { orderId, to, estimatedReadyAt } = event.data;
      await manager.query(`UPDATE order_snapshots SET status = $2, ready_at = COALESCE($3::timestamptz, ready_at) WHERE id = $1`, [
        orderId,
        to,
        estimatedReadyAt,
      ]);
      if (to === 'ACCEPTED') await createDelivery(event, manager);
      else if (to === 'CANCELLED' || to === 'REJECTED') await endDelivery(event, manager);
    },
  };
}
