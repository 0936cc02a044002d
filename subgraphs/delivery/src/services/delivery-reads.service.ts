import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import { checkPageSize, decodeAfterId } from '@foodgraph/platform/pagination';
import { In, IsNull, MoreThan, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { ACTIVE_DELIVERY_STATUSES, OfferStatus, type CourierStatus } from '../domain/delivery-status';
import type { LatLng } from '../domain/geo';
import { CourierEntity } from '../entities/courier.entity';
import { DeliveryEntity } from '../entities/delivery.entity';
import { LocationPingEntity } from '../entities/location-ping.entity';
import { OfferEntity } from '../entities/offer.entity';
import { OrderSnapshotEntity } from '../entities/read-model.entities';
import {
  assertAdmin,
  assertCanFollowCourier,
  assertCanReadDelivery,
  assertSignedIn,
  canReadDelivery,
  canSeeCourierLocation,
  courierOf,
  isCourierSelfOrAdmin,
  type DeliveryAudience,
} from './access';

export const MAX_TRACK = 500;

/** Reading couriers and deliveries, with who-may-see-what (`access.ts`) applied. */
export class DeliveryReadsService {
  constructor(private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  /**
   * Couriers by id (admin), optionally of one status. The contract's `couriers` is a plain
   * `[Courier!]!` whose `after` is the id of the last courier of the previous page (there is
   * no `endCursor` to hand back), so this list keeps that id keyset instead of the platform's
   * opaque connection cursors; ids are UUIDv7, so id order is creation order.
   */
  async couriers(identity: Identity, status: CourierStatus | null | undefined, first: number, after: string | null | undefined) {
    assertAdmin(identity);
    const size = checkPageSize(first, 'first');
    const afterId = decodeAfterId(after);
    const where: FindOptionsWhere<CourierEntity> = { deletedAt: IsNull() };
    if (status) where.status = status;
    if (afterId) where.id = MoreThan(afterId);
    return this.manager.find(CourierEntity, { where, order: { id: 'ASC' }, take: size });
  }

  /** A courier by id, deleted ones included (past deliveries still name them). */
  async courier(id: string): Promise<CourierEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(CourierEntity, { id: id.toLowerCase() }) : null;
  }

  /** The live courier profile of a user. */
  async courierOfUser(userId: string): Promise<CourierEntity | null> {
    return isUuid(userId) ? this.manager.findOneBy(CourierEntity, { userId: userId.toLowerCase(), deletedAt: IsNull() }) : null;
  }

  /** The caller's own courier profile, or null (UNAUTHENTICATED if signed out). */
  async myCourier(identity: Identity): Promise<CourierEntity | null> {
    return this.courierOfUser(assertSignedIn(identity).userId);
  }

  /** The caller's own courier profile; FORBIDDEN for anyone without one (UNAUTHENTICATED if signed out). */
  async requireMyCourier(identity: Identity): Promise<CourierEntity> {
    return courierOf(identity, await this.myCourier(identity));
  }

  /**
   * Who may follow the courier of an order on the map: the order's customer and admins
   * (FORBIDDEN for others); NOT_FOUND for an order delivery has not heard of.
   */
  async assertCanFollowCourier(identity: Identity, orderId: string): Promise<void> {
    assertSignedIn(identity);
    const order = isUuid(orderId) ? await this.manager.findOneBy(OrderSnapshotEntity, { id: orderId.toLowerCase() }) : null;
    if (!order) throw new NotFoundError('Order', orderId);
    assertCanFollowCourier(identity, order);
  }

  /** When the courier last reported a position: for themself and admins (null for others). */
  lastSeenAt(identity: Identity, courier: CourierEntity): Date | null {
    return isCourierSelfOrAdmin(identity, courier) ? courier.lastSeenAt : null;
  }

  /** Where the courier is, for those `canSeeCourierLocation` lets see it (null for others or before the first report). */
  async location(identity: Identity, courier: CourierEntity): Promise<LatLng | null> {
    const { lat, lng } = courier;
    if (lat === null || lng === null) return null;
    if (isCourierSelfOrAdmin(identity, courier)) return { lat, lng };
    const active = await this.heldDelivery(courier.id);
    const audience = active ? await this.audienceOf(active) : undefined;
    return canSeeCourierLocation(identity, courier, audience ?? null) ? { lat, lng } : null;
  }

  /** A delivery by id, without access checks (for a subscription already authorized). */
  async deliveryById(id: string): Promise<DeliveryEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(DeliveryEntity, { id: id.toLowerCase() }) : null;
  }

  /**
   * One delivery for someone allowed to see it. Unknown ids are null; a known delivery the
   * caller may not see is FORBIDDEN (ids are unguessable, so that gives nothing away).
   */
  async delivery(identity: Identity, id: string): Promise<DeliveryEntity | null> {
    assertSignedIn(identity);
    const delivery = await this.deliveryById(id);
    if (!delivery) return null;
    assertCanReadDelivery(identity, await this.audienceOf(delivery));
    return delivery;
  }

  /** A delivery by id when the caller may see it, else null (an entity reference). */
  async visibleDelivery(identity: Identity, id: string): Promise<DeliveryEntity | null> {
    return this.ifVisible(identity, await this.deliveryById(id));
  }

  /** The delivery of an order, when the caller may see it (null otherwise: the field is optional). */
  async deliveryOfOrder(identity: Identity, orderId: string): Promise<DeliveryEntity | null> {
    const delivery = isUuid(orderId) ? await this.manager.findOneBy(DeliveryEntity, { orderId: orderId.toLowerCase() }) : null;
    return this.ifVisible(identity, delivery);
  }

  /** The delivery a courier holds now (ASSIGNED or PICKED_UP): for themself and admins (null for others). */
  async activeDeliveryOf(identity: Identity, courier: CourierEntity): Promise<DeliveryEntity | null> {
    return isCourierSelfOrAdmin(identity, courier) ? this.heldDelivery(courier.id) : null;
  }

  /** The delivery offered to a courier and waiting for their answer: for themself and admins (null for others). */
  async offeredDeliveryOf(identity: Identity, courier: CourierEntity): Promise<DeliveryEntity | null> {
    if (!isCourierSelfOrAdmin(identity, courier)) return null;
    const offer = await this.manager.findOneBy(OfferEntity, { courierId: courier.id, status: OfferStatus.Pending });
    return offer ? this.manager.findOneBy(DeliveryEntity, { id: offer.deliveryId }) : null;
  }

  /**
   * When the open offer of a delivery ends, for the courier it is offered to and admins (null
   * for anyone else, and when no offer waits): the courier app counts down to it.
   */
  async offerExpiresAt(identity: Identity, deliveryId: string): Promise<Date | null> {
    if (identity.kind !== 'user') return null;
    const offer = await this.manager.findOneBy(OfferEntity, { deliveryId, status: OfferStatus.Pending });
    if (!offer) return null;
    const courier = await this.courier(offer.courierId);
    return courier && isCourierSelfOrAdmin(identity, courier) ? offer.expiresAt : null;
  }

  /** The last `last` points of a delivery's trail, oldest first. */
  async track(deliveryId: string, last: number): Promise<LocationPingEntity[]> {
    if (!Number.isInteger(last) || last < 1 || last > MAX_TRACK)
      throw new BadUserInputError('last', `last must be between 1 and ${MAX_TRACK}`);
    const newest = await this.manager.find(LocationPingEntity, { where: { deliveryId }, order: { at: 'DESC', id: 'DESC' }, take: last });
    return newest.reverse();
  }

  private async ifVisible(identity: Identity, delivery: DeliveryEntity | null): Promise<DeliveryEntity | null> {
    return delivery && canReadDelivery(identity, await this.audienceOf(delivery)) ? delivery : null;
  }

  private heldDelivery(courierId: string): Promise<DeliveryEntity | null> {
    return this.manager.findOneBy(DeliveryEntity, { courierId, status: In([...ACTIVE_DELIVERY_STATUSES]) });
  }

  private async audienceOf(delivery: DeliveryEntity): Promise<DeliveryAudience | undefined> {
    return (await audiencesOf(this.manager, [delivery.id])).get(delivery.id);
  }
}

/** The audience of each delivery in `ids`, in one query. */
async function audiencesOf(manager: EntityManager, ids: readonly string[]): Promise<Map<string, DeliveryAudience>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.query<
    Array<{ id: string; customer_id: string; owner_id: string | null; courier_user_id: string | null; offered_user_id: string | null }>
  >(
    `SELECT d.id, d.customer_id, r.owner_id, c.user_id AS courier_user_id,
            (SELECT oc.user_id FROM delivery_offers o JOIN couriers oc ON oc.id = o.courier_id
              WHERE o.delivery_id = d.id AND o.status = 'PENDING' LIMIT 1) AS offered_user_id
       FROM deliveries d
       LEFT JOIN restaurant_snapshots r ON r.id = d.restaurant_id
       LEFT JOIN couriers c ON c.id = d.courier_id
      WHERE d.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      { customerId: r.customer_id, ownerId: r.owner_id, courierUserId: r.courier_user_id, offeredUserId: r.offered_user_id },
    ]),
  );
}
