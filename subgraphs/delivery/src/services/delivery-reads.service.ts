import { BadUserInputError, ForbiddenError, isAdmin, isUuid, NotFoundError, type Identity } from '@foodgraph/platform';
import { In, IsNull, MoreThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { ACTIVE_DELIVERY_STATUSES, OfferStatus, type CourierStatus } from '../domain/delivery-status';
import { checkAfterId, checkPageSize } from '../domain/pagination';
import { CourierEntity } from '../entities/courier.entity';
import { DeliveryEntity } from '../entities/delivery.entity';
import { LocationPingEntity } from '../entities/location-ping.entity';
import { OfferEntity } from '../entities/offer.entity';
import { OrderSnapshotEntity } from '../entities/read-model.entities';
import { admin, audiencesOf, canReadDelivery, signedIn } from './access';

export const MAX_TRACK = 500;

/** Reading couriers and deliveries, with who-may-see-what applied. */
export class DeliveryReads {
  constructor(private readonly dataSource: DataSource) {}

  private get manager() {
    return this.dataSource.manager;
  }

  /** Couriers by id (admin), optionally of one status; pages by id. */
  async couriers(identity: Identity, status: CourierStatus | null | undefined, first: number, after: string | null | undefined) {
    admin(identity);
    const size = checkPageSize(first);
    const afterId = checkAfterId(after);
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

  /** The caller's own courier profile, or null. */
  async myCourier(identity: Identity): Promise<CourierEntity | null> {
    return this.courierOfUser(signedIn(identity).userId);
  }

  /** The caller's own courier profile; FORBIDDEN for anyone without one (UNAUTHENTICATED if signed out). */
  async requireMyCourier(identity: Identity): Promise<CourierEntity> {
    const courier = await this.myCourier(identity);
    if (!courier) throw new ForbiddenError('Only couriers may do this, and you have no courier profile');
    return courier;
  }

  /**
   * Who may follow the courier of an order on the map: the order's customer and admins
   * (FORBIDDEN for others); NOT_FOUND for an order delivery has not heard of.
   */
  async assertCanFollowCourier(identity: Identity, orderId: string): Promise<void> {
    const user = signedIn(identity);
    const order = isUuid(orderId) ? await this.manager.findOneBy(OrderSnapshotEntity, { id: orderId.toLowerCase() }) : null;
    if (!order) throw new NotFoundError('Order', orderId);
    if (!isAdmin(identity) && order.customerId !== user.userId)
      throw new ForbiddenError("Only the order's customer may follow its courier");
  }

  /** True for the courier's own user and for admins. */
  isSelfOrAdmin(identity: Identity, courier: CourierEntity): boolean {
    return isAdmin(identity) || (identity.kind === 'user' && identity.userId === courier.userId);
  }

  /** A delivery by id, without access checks (callers check with `canRead`). */
  async deliveryById(id: string): Promise<DeliveryEntity | null> {
    return isUuid(id) ? this.manager.findOneBy(DeliveryEntity, { id: id.toLowerCase() }) : null;
  }

  /**
   * One delivery for someone allowed to see it. Unknown ids are null; a known delivery the
   * caller may not see is FORBIDDEN (ids are unguessable, so that gives nothing away).
   */
  async delivery(identity: Identity, id: string): Promise<DeliveryEntity | null> {
    signedIn(identity);
    const delivery = await this.deliveryById(id);
    if (!delivery) return null;
    if (!(await this.canRead(identity, delivery))) throw new ForbiddenError('This delivery is not yours to see');
    return delivery;
  }

  /** The delivery of an order, when the caller may see it (null otherwise: the field is optional). */
  async deliveryOfOrder(identity: Identity, orderId: string): Promise<DeliveryEntity | null> {
    const delivery = isUuid(orderId) ? await this.manager.findOneBy(DeliveryEntity, { orderId: orderId.toLowerCase() }) : null;
    return delivery && (await this.canRead(identity, delivery)) ? delivery : null;
  }

  async canRead(identity: Identity, delivery: DeliveryEntity): Promise<boolean> {
    const audience = (await audiencesOf(this.manager, [delivery.id])).get(delivery.id);
    return audience !== undefined && canReadDelivery(identity, audience);
  }

  /** The delivery a courier holds now (ASSIGNED or PICKED_UP), if any. */
  async activeDeliveryOf(courierId: string): Promise<DeliveryEntity | null> {
    return this.manager.findOneBy(DeliveryEntity, { courierId, status: In([...ACTIVE_DELIVERY_STATUSES]) });
  }

  /** The delivery offered to a courier and waiting for their answer, if any. */
  async offeredDeliveryOf(courierId: string): Promise<DeliveryEntity | null> {
    const offer = await this.manager.findOneBy(OfferEntity, { courierId, status: OfferStatus.Pending });
    return offer ? this.manager.findOneBy(DeliveryEntity, { id: offer.deliveryId }) : null;
  }

  /** May the caller see where the courier is: themself, an admin, or the people waiting for their active delivery. */
  async canSeeLocation(identity: Identity, courier: CourierEntity): Promise<boolean> {
    if (this.isSelfOrAdmin(identity, courier)) return true;
    const active = await this.activeDeliveryOf(courier.id);
    return active !== null && (await this.canRead(identity, active));
  }

  /** The last `last` points of a delivery's trail, oldest first. */
  async track(deliveryId: string, last: number): Promise<LocationPingEntity[]> {
    if (!Number.isInteger(last) || last < 1 || last > MAX_TRACK)
      throw new BadUserInputError('last', `last must be between 1 and ${MAX_TRACK}`);
    const newest = await this.manager.find(LocationPingEntity, { where: { deliveryId }, order: { at: 'DESC', id: 'DESC' }, take: last });
    return newest.reverse();
  }
}
