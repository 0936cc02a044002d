import type { DomainEvent } from '@foodgraph/events';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Logger } from '@foodgraph/platform/logging';
import { appendToOutbox, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { EntityManager } from 'typeorm';
import { DeliveryStatus, OfferStatus } from '../domain/delivery-status';
import { DeliveryAction, DeliveryActor, moveOffer, nextDeliveryStatus, OfferAction } from '../domain/delivery-state-machine';
import { distanceOrNull } from '../domain/geo';
import { CourierEntity } from '../entities/courier.entity';
import { DeliveryEntity } from '../entities/delivery.entity';
import { OfferEntity } from '../entities/offer.entity';
import { OrderSnapshotEntity, RestaurantSnapshotEntity } from '../entities/read-model.entities';
import { cancelledEvent } from '../events/delivery-events';
import { freeCourier } from './courier-state';
import type { DispatchService } from './dispatch.service';

/**
 * What the orders subgraph's decisions do to deliveries: the restaurant accepting an order
 * opens its delivery and offers it to a courier; the order being cancelled or rejected ends
 * it. Both run inside the transaction of the consumer that received the order's event.
 */
export class DeliveryLifecycleService {
  constructor(
    private readonly dispatcher: DispatchService,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Creates the delivery of an accepted order (once: a redelivered event changes nothing) and
   * offers it to the first courier. Pick-up comes from the menu read model, drop-off from the
   * order's placement. An order its customer collects (PICKUP) gets none.
   */
  async createForOrder(manager: EntityManager, order: { orderId: string; restaurantId: string }, origin: ChangeOrigin): Promise<void> {
    const { orderId, restaurantId } = order;
    if ((await manager.count(DeliveryEntity, { where: { orderId } })) > 0) return;
    const placed = await manager.findOneBy(OrderSnapshotEntity, { id: orderId });
    const restaurant = await manager.findOneBy(RestaurantSnapshotEntity, { id: restaurantId });
    // Menu's and orders' streams are separate, so the restaurant may not have arrived yet:
    // failing makes the bus redeliver (with backoff) until it has.
    if (!placed) throw new Error(`order ${orderId} was accepted but its placement is not known yet`);
    // Collected at the counter: there is nothing to deliver and no courier to find.
    if (placed.fulfilment === 'PICKUP') return;
    if (!restaurant) throw new Error(`order ${orderId} was accepted but restaurant ${restaurantId} is not known yet`);
    const now = this.clock();
    const delivery = Object.assign(new DeliveryEntity(), {
      id: uuidv7(now.getTime()),
      orderId,
      restaurantId,
      customerId: placed.customerId,
      status: DeliveryStatus.AwaitingCourier,
      courierId: null,
      pickup: restaurant.address,
      dropoff: placed.dropoff,
      distanceMeters: distanceOrNull(restaurant.address.location, placed.dropoff.location) ?? 0,
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
      correlationId: origin.correlationId,
    });
    await manager.insert(DeliveryEntity, delivery);
    this.logger.info({ deliveryId: delivery.id, orderId, correlationId: origin.correlationId }, 'delivery created');
    const events: DomainEvent[] = [];
    await this.dispatcher.offerNext(manager, delivery, (...e) => events.push(...e), origin);
    await appendToOutbox(manager, events);
  }

  /**
   * Ends the delivery of a cancelled or rejected order: CANCELLED before pick-up, FAILED after
   * (the state machine decides); its open offer is withdrawn and its courier freed. A delivery
   * already ended, or none at all, is left alone.
   */
  async endWithOrder(
    manager: EntityManager,
    order: { orderId: string; status: string; reason: string | null },
    origin: ChangeOrigin,
  ): Promise<void> {
    const found = await manager.findOneBy(DeliveryEntity, { orderId: order.orderId });
    if (!found) return;
    const delivery = await this.dispatcher.lockDelivery(manager, found.id);
    const status = delivery ? nextDeliveryStatus(delivery.status, DeliveryAction.EndWithOrder, DeliveryActor.System) : null;
    if (!delivery || status === null) return;
    const now = this.clock();
    const courier = delivery.courierId
      ? await manager.findOne(CourierEntity, { where: { id: delivery.courierId }, lock: { mode: 'pessimistic_write' } })
      : null;
    await manager.update(
      OfferEntity,
      { deliveryId: delivery.id, status: OfferStatus.Pending },
      { status: moveOffer(OfferStatus.Pending, OfferAction.Withdraw, DeliveryActor.System), answeredAt: now },
    );
    Object.assign(delivery, {
      status,
      endedAt: now,
      endReason: order.reason ?? `The order was ${order.status.toLowerCase()}`,
      etaAt: null,
      updatedAt: now,
    });
    await manager.save(delivery);
    if (courier) await freeCourier(manager, courier, now, DeliveryActor.System);
    await appendToOutbox(manager, [cancelledEvent(delivery, courier, now, origin)]);
    this.logger.info(
      { deliveryId: delivery.id, orderId: delivery.orderId, status, correlationId: origin.correlationId },
      'delivery ended with its order',
    );
  }
}
