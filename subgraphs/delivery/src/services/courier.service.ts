import type { Identity } from '@foodgraph/platform/auth';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { BadUserInputError, ConflictError, NotFoundError, RateLimitedError } from '@foodgraph/platform/errors';
import { isUuid, uuidv7 } from '@foodgraph/platform/ids';
import { retryWithin, type Clock } from '@foodgraph/platform/process';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ACTIVE_DELIVERY_STATUSES, CourierStatus, DeliveryStatus, type VehicleType } from '../domain/delivery-status';
import { CourierAction, DeliveryActor, moveCourier, nextCourierStatus } from '../domain/delivery-state-machine';
import { estimateArrival } from '../domain/eta';
import { checkLocation, type LatLng } from '../domain/geo';
import { takePing, type PingRate } from '../domain/ping-rate';
import { CourierEntity } from '../entities/courier.entity';
import { DeliveryEntity } from '../entities/delivery.entity';
import { LocationPingEntity } from '../entities/location-ping.entity';
import { OrderSnapshotEntity, UserSnapshotEntity } from '../entities/read-model.entities';
import type { CourierLocationEvent } from '../events/live-triggers';
import { assertAdmin, assertSignedIn, courierOf } from './access';
import { withdrawOffers } from './courier-state';
import type { DispatchService } from './dispatch.service';

/** Told about each position stored with a delivery's trail, after it committed. */
export interface LocationListener {
  locationRecorded(event: CourierLocationEvent): void;
}

const MAX_NAME = 100;

/** How long `create` waits for a just-registered account's event (well inside the router's subgraph timeout). */
const USER_EVENT_WAIT = { timeoutMs: 3_000, intervalMs: 100 };

function checkName(name: string, field: string): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > MAX_NAME) throw new BadUserInputError(field, `The name must be 1 to ${MAX_NAME} characters`);
  return trimmed;
}

/** Couriers' profiles (admin) and their own availability and location (the courier). */
export class CourierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: DispatchService,
    /** Runs a dispatch pass after a commit that freed a courier or an offer. */
    private readonly dispatch: { nudge(): void },
    private readonly pingRate: PingRate,
    private readonly clock: Clock,
    /** Feeds `courierLocation`; pings are too many and too short-lived for the event bus. */
    private readonly listener: LocationListener = { locationRecorded: () => undefined },
  ) {}

  /** Creates the courier profile of a COURIER user account (admin). It starts OFFLINE. */
  async create(identity: Identity, input: { userId: string; name: string; vehicle: VehicleType }): Promise<CourierEntity> {
    assertAdmin(identity);
    const name = checkName(input.name, 'input.name');
    const userId = input.userId.toLowerCase();
    // An account made a moment ago reaches this read model by event: wait for it, bounded,
    // rather than refuse an id the client just got back from createStaffAccount or register.
    const user = isUuid(userId)
      ? await retryWithin(
          USER_EVENT_WAIT,
          () => this.dataSource.manager.findOneBy(UserSnapshotEntity, { id: userId }),
          (found) => found !== null,
        )
      : null;
    if (!user || user.role !== 'COURIER') throw new BadUserInputError('input.userId', 'The user is not a COURIER account');
    const now = this.clock();
    const courier = Object.assign(new CourierEntity(), {
      id: uuidv7(now.getTime()),
      userId: user.id,
      name,
      vehicle: input.vehicle,
      status: CourierStatus.Offline,
      lat: null,
      lng: null,
      lastSeenAt: null,
      onlineSince: null,
      pingTokens: 0,
      pingTokensAt: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    });
    try {
      await this.dataSource.manager.insert(CourierEntity, courier);
    } catch (error) {
      if (isUniqueViolation(error, 'couriers_user_id')) throw new ConflictError('This user already has a courier profile');
      throw error;
    }
    return courier;
  }

  /** Renames a courier or changes the vehicle (admin). */
  async update(identity: Identity, id: string, changes: { name?: string | null; vehicle?: VehicleType | null }): Promise<CourierEntity> {
    assertAdmin(identity);
    return this.dataSource.transaction(async (manager) => {
      const courier = await this.lockById(manager, id);
      if (changes.name !== undefined && changes.name !== null) courier.name = checkName(changes.name, 'name');
      if (changes.vehicle !== undefined && changes.vehicle !== null) courier.vehicle = changes.vehicle;
      courier.updatedAt = this.clock();
      await manager.save(courier);
      return courier;
    });
  }

  /** Deletes a courier who is not on a delivery (admin); an open offer goes to someone else. */
  async delete(identity: Identity, id: string): Promise<boolean> {
    assertAdmin(identity);
    await this.dataSource.transaction(async (manager) => {
      const courier = await this.lockById(manager, id);
      const status = nextCourierStatus(courier.status, CourierAction.Remove, DeliveryActor.Admin);
      if (status === null) throw new ConflictError('The courier is on a delivery; try again once it is done');
      const now = this.clock();
      await manager.update(CourierEntity, { id: courier.id }, { deletedAt: now, status, updatedAt: now });
      await withdrawOffers(manager, courier.id, now, DeliveryActor.Admin);
    });
    this.dispatch.nudge();
    return true;
  }

  /**
   * The courier starts (AVAILABLE) or stops (OFFLINE) taking deliveries. Stopping hands an open
   * offer to the next courier; a courier on a delivery cannot stop until it is done.
   */
  async setAvailability(identity: Identity, available: boolean): Promise<CourierEntity> {
    const courier = await this.dataSource.transaction(async (manager) => {
      const mine = await this.lockMine(manager, identity);
      const status = moveCourier(mine.status, available ? CourierAction.GoOnline : CourierAction.GoOffline, DeliveryActor.Courier);
      // Still on the delivery: saying "available" changes nothing.
      if (status === CourierStatus.OnDelivery) return mine;
      const now = this.clock();
      // Only a real OFFLINE → AVAILABLE step counts as coming online (saying "available" twice does not).
      if (mine.status === CourierStatus.Offline && status === CourierStatus.Available) mine.onlineSince = now;
      mine.status = status;
      mine.updatedAt = now;
      await manager.update(CourierEntity, { id: mine.id }, { status: mine.status, onlineSince: mine.onlineSince, updatedAt: now });
      if (status === CourierStatus.Offline) await withdrawOffers(manager, mine.id, now, DeliveryActor.Courier);
      return mine;
    });
    this.dispatch.nudge();
    return courier;
  }

  /**
   * Records where the courier is. At most `pingRate` pings per second (RATE_LIMITED beyond);
   * while the courier holds a delivery the point joins its trail, its ETA is recomputed and,
   * once committed, the listener hears of it (the customer's `courierLocation`).
   */
  async updateLocation(identity: Identity, location: LatLng): Promise<CourierEntity> {
    const user = assertSignedIn(identity);
    const point = checkLocation(location, 'location');
    let recorded: CourierLocationEvent | null = null;
    const updated = await this.dataSource.transaction(async (manager) => {
      const now = this.clock();
      // Lock order is delivery, then courier (as in every command): find the active delivery first.
      const active = await manager.query<Array<{ id: string }>>(
        `SELECT d.id FROM deliveries d JOIN couriers c ON c.id = d.courier_id
          WHERE c.user_id = $1 AND c.deleted_at IS NULL AND d.status IN ('ASSIGNED', 'PICKED_UP')`,
        [user.userId],
      );
      const delivery = active[0] ? await this.dispatcher.lockDelivery(manager, active[0].id) : null;
      const courier = await this.lockMine(manager, identity);
      const ping = takePing({ tokens: courier.pingTokens, at: courier.pingTokensAt }, now, this.pingRate);
      if (!ping.allowed) throw new RateLimitedError(`At most ${this.pingRate.perSecond} location updates per second`);
      Object.assign(courier, {
        lat: point.lat,
        lng: point.lng,
        lastSeenAt: now,
        pingTokens: ping.bucket.tokens,
        pingTokensAt: now,
        updatedAt: now,
      });
      await manager.update(
        CourierEntity,
        { id: courier.id },
        {
          lat: point.lat,
          lng: point.lng,
          lastSeenAt: now,
          pingTokens: ping.bucket.tokens,
          pingTokensAt: now,
          updatedAt: now,
        },
      );
      if (delivery && delivery.courierId === courier.id && ACTIVE_DELIVERY_STATUSES.includes(delivery.status)) {
        await this.recordPing(manager, delivery, courier, point, now);
        recorded = { orderId: delivery.orderId, lat: point.lat, lng: point.lng, at: now.toISOString() };
      }
      return courier;
    });
    // Only a committed point is told: a subscriber never sees a position the trail lacks.
    if (recorded) this.listener.locationRecorded(recorded);
    return updated;
  }

  private async recordPing(
    manager: EntityManager,
    delivery: DeliveryEntity,
    courier: CourierEntity,
    point: LatLng,
    now: Date,
  ): Promise<void> {
    await manager.insert(LocationPingEntity, {
      id: uuidv7(now.getTime()),
      deliveryId: delivery.id,
      courierId: courier.id,
      lat: point.lat,
      lng: point.lng,
      at: now,
    });
    const order = await manager.findOneBy(OrderSnapshotEntity, { id: delivery.orderId });
    const etaAt = estimateArrival({
      now,
      vehicle: courier.vehicle,
      pickedUp: delivery.status === DeliveryStatus.PickedUp,
      courier: point,
      pickup: delivery.pickup.location,
      dropoff: delivery.dropoff.location,
      distanceMeters: delivery.distanceMeters,
      readyAt: order && order.status !== 'READY_FOR_PICKUP' ? order.readyAt : null,
    });
    await manager.update(DeliveryEntity, { id: delivery.id }, { etaAt, updatedAt: now });
  }

  private async lockById(manager: EntityManager, id: string): Promise<CourierEntity> {
    const courier = isUuid(id)
      ? await manager.findOne(CourierEntity, { where: { id: id.toLowerCase(), deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!courier) throw new NotFoundError('Courier', id);
    return courier;
  }

  /** The caller's own courier profile, locked; FORBIDDEN for a user without one. */
  private async lockMine(manager: EntityManager, identity: Identity): Promise<CourierEntity> {
    const user = assertSignedIn(identity);
    const courier = await manager.findOne(CourierEntity, {
      where: { userId: user.userId, deletedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    return courierOf(identity, courier);
  }
}
