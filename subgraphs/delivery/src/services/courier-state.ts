import type { EntityManager } from 'typeorm';
import { OfferStatus } from '../domain/delivery-status';
import { CourierAction, nextCourierStatus, moveOffer, OfferAction, type DeliveryActor } from '../domain/delivery-state-machine';
import { CourierEntity } from '../entities/courier.entity';
import { OfferEntity } from '../entities/offer.entity';

/**
 * A courier whose delivery ended (delivered by them, or cancelled or failed with its order) is
 * AVAILABLE again; one not ON_DELIVERY stays as they are.
 */
export async function freeCourier(manager: EntityManager, courier: CourierEntity, now: Date, actor: DeliveryActor): Promise<void> {
  const status = nextCourierStatus(courier.status, CourierAction.FinishDelivery, actor);
  if (status === null) return;
  courier.status = status;
  courier.updatedAt = now;
  await manager.update(CourierEntity, { id: courier.id }, { status, updatedAt: now });
}

/**
 * Takes back the courier's open offer (going offline, being deleted). Its delivery has no
 * open offer afterwards, so the dispatch poller offers it to someone else on its next pass.
 */
export async function withdrawOffers(manager: EntityManager, courierId: string, now: Date, actor: DeliveryActor): Promise<number> {
  const result = await manager.update(
    OfferEntity,
    { courierId, status: OfferStatus.Pending },
    { status: moveOffer(OfferStatus.Pending, OfferAction.Withdraw, actor), answeredAt: now },
  );
  return result.affected ?? 0;
}
