import type { EntityManager } from 'typeorm';
import { CourierStatus, OfferStatus } from '../domain/delivery-status';
import { CourierEntity } from '../entities/courier.entity';
import { OfferEntity } from '../entities/offer.entity';

/** A courier whose delivery ended (delivered, cancelled, failed) is AVAILABLE again. */
export async function freeCourier(manager: EntityManager, courier: CourierEntity, now: Date): Promise<void> {
  if (courier.status !== CourierStatus.OnDelivery) return;
  courier.status = CourierStatus.Available;
  courier.updatedAt = now;
  await manager.update(CourierEntity, { id: courier.id }, { status: CourierStatus.Available, updatedAt: now });
}

/**
 * Takes back the courier's open offer (going offline, being deleted). Its delivery has no
 * open offer afterwards, so the dispatch poller offers it to someone else on its next pass.
 */
export async function withdrawOffers(manager: EntityManager, courierId: string, now: Date): Promise<number> {
  const result = await manager.update(
    OfferEntity,
    { courierId, status: OfferStatus.Pending },
    { status: OfferStatus.Withdrawn, answeredAt: now },
  );
  return result.affected ?? 0;
}
