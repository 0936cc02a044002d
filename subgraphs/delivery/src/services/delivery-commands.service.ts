import type { Identity } from '@foodgraph/platform/auth';
import { ConflictError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type Emit, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { OfferStatus } from '../domain/delivery-status';
import {
  CourierAction,
  DeliveryAction,
  DeliveryActor,
  isOfferExpired,
  isRepeatedCourierStep,
  moveDelivery,
  moveOffer,
  nextCourierStatus,
  OfferAction,
} from '../domain/delivery-state-machine';
import { deliveryPay, type EarningsPolicy } from '../domain/earnings-policy';
import { estimateArrival } from '../domain/eta';
import { CourierEntity } from '../entities/courier.entity';
import type { DeliveryEntity } from '../entities/delivery.entity';
import { OfferEntity } from '../entities/offer.entity';
import { OrderSnapshotEntity } from '../entities/read-model.entities';
import { OrderNotReadyError } from '../errors';
import { assignedEvent, progressEvent } from '../events/delivery-events';
import { assertAssignedCourier, assertOfferedCourier, assertSignedIn, courierOf } from './access';
import { freeCourier } from './courier-state';
import type { DispatchService } from './dispatch.service';

/** A delivery locked together with the caller's courier profile, inside one transaction. */
interface Locked {
  manager: EntityManager;
  emit: Emit;
  delivery: DeliveryEntity;
  courier: CourierEntity;
  now: Date;
  /**
   * The origin of what the step emits: the order's correlation id (the delivery keeps it from
   * the order's events), so one id follows the order from placement to review.
   */
  origin: ChangeOrigin;
  /** The id of the request that gave the command, logged as `requestId`. */
  requestId: string;
}

/** What couriers do with deliveries: answer offers, pick up, drop off. */
export class DeliveryCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: DispatchService,
    private readonly outbox: OutboxNudger,
    private readonly dispatch: { nudge(): void },
    private readonly policy: EarningsPolicy,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** The offered courier takes the delivery: ASSIGNED to them, they are ON_DELIVERY. */
  async accept(identity: Identity, deliveryId: string, request: ChangeOrigin): Promise<DeliveryEntity> {
    return this.withLocked(identity, deliveryId, request, async ({ manager, emit, delivery, courier, now, origin, requestId }) => {
      if (isRepeatedCourierStep(delivery, DeliveryAction.Accept, courier.id)) return delivery;
      const offer = assertOfferedCourier(identity, await this.openOfferOf(manager, delivery, courier), courier);
      if (isOfferExpired(offer, now)) throw new ConflictError('The offer has expired');
      const status = moveDelivery(delivery.status, DeliveryAction.Accept, DeliveryActor.Courier);
      const courierStatus = nextCourierStatus(courier.status, CourierAction.TakeDelivery, DeliveryActor.Courier);
      if (courierStatus === null) throw new ConflictError('You are not available for a delivery');
      const order = await manager.findOneBy(OrderSnapshotEntity, { id: delivery.orderId });
      const etaAt = estimateArrival({
        now,
        vehicle: courier.vehicle,
        pickedUp: false,
        courier: courier.lat !== null && courier.lng !== null ? { lat: courier.lat, lng: courier.lng } : null,
        pickup: delivery.pickup.location,
        dropoff: delivery.dropoff.location,
        distanceMeters: delivery.distanceMeters,
        readyAt: order && order.status !== 'READY_FOR_PICKUP' ? order.readyAt : null,
      });
      const offerStatus = moveOffer(offer.status, OfferAction.Accept, DeliveryActor.Courier);
      await manager.update(OfferEntity, { id: offer.id }, { status: offerStatus, answeredAt: now });
      Object.assign(delivery, {
        status,
        courierId: courier.id,
        assignedAt: now,
        etaAt,
        promisedAt: etaAt,
        updatedAt: now,
      });
      await manager.save(delivery);
      await manager.update(CourierEntity, { id: courier.id }, { status: courierStatus, updatedAt: now });
      emit(assignedEvent(delivery, courier, now, origin));
      this.logStep('offer accepted', delivery, courier, origin, requestId);
      return delivery;
    });
  }

  /** The offered courier turns the delivery down; it is offered to the next nearest courier. */
  async decline(identity: Identity, deliveryId: string, request: ChangeOrigin): Promise<DeliveryEntity> {
    const delivery = await this.withLocked(
      identity,
      deliveryId,
      request,
      async ({ manager, emit, delivery, courier, now, origin, requestId }) => {
        const offer = assertOfferedCourier(identity, await this.openOfferOf(manager, delivery, courier), courier);
        const offerStatus = moveOffer(offer.status, OfferAction.Decline, DeliveryActor.Courier);
        await manager.update(OfferEntity, { id: offer.id }, { status: offerStatus, answeredAt: now });
        this.logStep('offer declined', delivery, courier, origin, requestId);
        await this.dispatcher.offerNext(manager, delivery, emit, origin);
        return delivery;
      },
    );
    // The courier who declined is free for other waiting deliveries.
    this.dispatch.nudge();
    return delivery;
  }

  /** The assigned courier has the food; only once the kitchen marked the order READY_FOR_PICKUP. */
  async markPickedUp(identity: Identity, deliveryId: string, request: ChangeOrigin): Promise<DeliveryEntity> {
    return this.withLocked(identity, deliveryId, request, async ({ manager, emit, delivery, courier, now, origin, requestId }) => {
      assertAssignedCourier(identity, delivery, courier);
      if (isRepeatedCourierStep(delivery, DeliveryAction.PickUp, courier.id)) return delivery;
      const status = moveDelivery(delivery.status, DeliveryAction.PickUp, DeliveryActor.Courier);
      const order = await manager.findOneBy(OrderSnapshotEntity, { id: delivery.orderId });
      if (order?.status !== 'READY_FOR_PICKUP') throw new OrderNotReadyError(order?.status ?? 'unknown');
      const etaAt = estimateArrival({
        now,
        vehicle: courier.vehicle,
        pickedUp: true,
        courier: courier.lat !== null && courier.lng !== null ? { lat: courier.lat, lng: courier.lng } : null,
        pickup: delivery.pickup.location,
        dropoff: delivery.dropoff.location,
        distanceMeters: delivery.distanceMeters,
        readyAt: null,
      });
      Object.assign(delivery, { status, pickedUpAt: now, etaAt, updatedAt: now });
      await manager.save(delivery);
      emit(progressEvent('delivery.delivery.picked_up', delivery, courier, now, origin));
      this.logStep('delivery picked up', delivery, courier, origin, requestId);
      return delivery;
    });
  }

  /** The assigned courier handed the food over: DELIVERED, paid, and the courier is free. */
  async markDelivered(identity: Identity, deliveryId: string, request: ChangeOrigin): Promise<DeliveryEntity> {
    const delivery = await this.withLocked(
      identity,
      deliveryId,
      request,
      async ({ manager, emit, delivery, courier, now, origin, requestId }) => {
        assertAssignedCourier(identity, delivery, courier);
        if (isRepeatedCourierStep(delivery, DeliveryAction.Deliver, courier.id)) return delivery;
        const status = moveDelivery(delivery.status, DeliveryAction.Deliver, DeliveryActor.Courier);
        Object.assign(delivery, {
          status,
          deliveredAt: now,
          pay: deliveryPay(delivery.distanceMeters, this.policy),
          payCurrency: this.policy.currency,
          updatedAt: now,
        });
        await manager.save(delivery);
        await freeCourier(manager, courier, now, DeliveryActor.Courier);
        emit(progressEvent('delivery.delivery.delivered', delivery, courier, now, origin));
        this.logStep('delivery delivered', delivery, courier, origin, requestId);
        return delivery;
      },
    );
    this.dispatch.nudge();
    return delivery;
  }

  /**
   * One line per courier step, with the correlation id of the order's journey. Logged inside
   * the transaction: a step rolled back afterwards is retried and logged again, never lost.
   */
  private logStep(what: string, delivery: DeliveryEntity, courier: CourierEntity, origin: ChangeOrigin, requestId: string): void {
    this.logger.info(
      {
        deliveryId: delivery.id,
        orderId: delivery.orderId,
        courierId: courier.id,
        status: delivery.status,
        correlationId: origin.correlationId,
        requestId,
      },
      what,
    );
  }

  /**
   * Runs `work` in a transaction holding the delivery row and then the caller's courier row
   * (the subgraph's lock order), appending emitted events to the outbox.
   */
  private async withLocked<T>(
    identity: Identity,
    deliveryId: string,
    request: ChangeOrigin,
    work: (locked: Locked) => Promise<T>,
  ): Promise<T> {
    const user = assertSignedIn(identity);
    if (!isUuid(deliveryId)) throw new NotFoundError('Delivery', deliveryId);
    return withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
      const delivery = await this.dispatcher.lockDelivery(manager, deliveryId.toLowerCase());
      if (!delivery) throw new NotFoundError('Delivery', deliveryId);
      const courier = await manager.findOne(CourierEntity, {
        where: { userId: user.userId, deletedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      return work({
        manager,
        emit,
        delivery,
        courier: courierOf(identity, courier),
        now: this.clock(),
        origin: { correlationId: delivery.correlationId, causationId: request.causationId },
        requestId: request.correlationId,
      });
    });
  }

  /** The courier's open offer of the delivery, locked; null when there is none. */
  private openOfferOf(manager: EntityManager, delivery: DeliveryEntity, courier: CourierEntity): Promise<OfferEntity | null> {
    return manager.findOne(OfferEntity, {
      where: { deliveryId: delivery.id, courierId: courier.id, status: OfferStatus.Pending },
      lock: { mode: 'pessimistic_write' },
    });
  }
}
