import type { Logger } from '@foodgraph/platform/logging';
import type { ChangeOrigin, Emit } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { EntityManager } from 'typeorm';
import { CourierStatus, OfferStatus } from '../domain/delivery-status';
import { DeliveryAction, DeliveryActor, nextDeliveryStatus } from '../domain/delivery-state-machine';
import { chooseCourier, type DispatchCandidate } from '../domain/dispatch';
import { CourierEntity } from '../entities/courier.entity';
import { DeliveryEntity } from '../entities/delivery.entity';
import { OfferEntity } from '../entities/offer.entity';
import { offeredEvent } from '../events/delivery-events';

/** Couriers tried per dispatch before giving up until the next pass (all of them busy elsewhere). */
const MAX_ATTEMPTS = 10;

export interface DispatchServiceOptions {
  /** How long a courier has to answer. */
  offerTimeoutMs: number;
  /** How long after their offer ended a courier may be offered the same delivery again. */
  reofferCooldownMs: number;
  clock: Clock;
  logger: Logger;
}

/**
 * Offers deliveries to couriers. The choice is the pure `chooseCourier`; the claim is the
 * database's: the chosen courier's row is locked with SKIP LOCKED (a courier another
 * dispatcher is busy with is passed over, never waited for) and the offer insert is guarded
 * by unique partial indexes (one pending offer per delivery, per courier, and per delivery
 * and courier), inside a savepoint so that losing a race only means trying the next courier.
 *
 * Lock order everywhere in this subgraph: delivery row, then courier row, then offer rows.
 */
export class DispatchService {
  constructor(private readonly options: DispatchServiceOptions) {}

  /** Locks a delivery row; with `skipLocked`, null when another transaction holds it. */
  async lockDelivery(manager: EntityManager, id: string, skipLocked = false): Promise<DeliveryEntity | null> {
    return manager.findOne(DeliveryEntity, {
      where: { id },
      lock: skipLocked ? { mode: 'pessimistic_write', onLocked: 'skip_locked' } : { mode: 'pessimistic_write' },
    });
  }

  /**
   * Offers `delivery` — locked by the caller — to an AVAILABLE courier with no open offer and
   * no active delivery, as `chooseCourier` ranks them: never-offered couriers first, nearest
   * first; else one who had it before and whose cool-down is over (or who came back online).
   * Returns the offer, or null when nobody could take it now (it stays AWAITING_COURIER and
   * the dispatch poller tries again as couriers become free or cool-downs end).
   */
  async offerNext(manager: EntityManager, delivery: DeliveryEntity, emit: Emit, origin: ChangeOrigin): Promise<OfferEntity | null> {
    if (!this.mayOffer(delivery)) return null;
    const tried = new Set<string>();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const choice = chooseCourier(delivery.pickup.location, await this.candidates(manager, delivery.id), {
        now: this.options.clock(),
        cooldownMs: this.options.reofferCooldownMs,
        exclude: tried,
      });
      if (!choice) return null;
      tried.add(choice.courierId);
      const courier = await manager.findOne(CourierEntity, {
        where: { id: choice.courierId, status: CourierStatus.Available },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!courier || courier.deletedAt !== null) continue;
      const offer = await this.insertOffer(manager, delivery, courier);
      if (!offer) continue;
      emit(offeredEvent(delivery, offer, courier, origin));
      this.options.logger.info(
        {
          deliveryId: delivery.id,
          orderId: delivery.orderId,
          courierId: courier.id,
          offerId: offer.id,
          again: choice.lastOfferEndedAt !== null,
          correlationId: origin.correlationId,
        },
        'delivery offered',
      );
      return offer;
    }
    return null;
  }

  /** Whether `delivery` is still waiting for a courier, so that offering it makes sense. */
  mayOffer(delivery: DeliveryEntity): boolean {
    return nextDeliveryStatus(delivery.status, DeliveryAction.Offer, DeliveryActor.System) !== null;
  }

  /**
   * Up to `limit` deliveries AWAITING_COURIER without an open offer that some courier may be
   * offered now, oldest first. The courier test is `mayOffer` again, written as SQL so that
   * deliveries everyone is cooling down on do not fill the batch and starve younger ones; the
   * choice itself stays with `offerNext`.
   */
  async dispatchable(manager: EntityManager, limit: number): Promise<string[]> {
    const cutoff = new Date(this.options.clock().getTime() - this.options.reofferCooldownMs);
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT d.id FROM deliveries d
        WHERE d.status = 'AWAITING_COURIER'
          AND NOT EXISTS (SELECT 1 FROM delivery_offers o WHERE o.delivery_id = d.id AND o.status = 'PENDING')
          AND EXISTS (
            SELECT 1 FROM couriers c
             WHERE c.status = 'AVAILABLE' AND c.deleted_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM delivery_offers p WHERE p.courier_id = c.id AND p.status = 'PENDING')
               AND NOT EXISTS (
                 SELECT 1 FROM delivery_offers h
                  WHERE h.delivery_id = d.id AND h.courier_id = c.id
                    AND COALESCE(h.answered_at, h.offered_at) > $1
                    AND (c.online_since IS NULL OR c.online_since <= COALESCE(h.answered_at, h.offered_at))))
        ORDER BY d.created_at LIMIT $2`,
      [cutoff, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Couriers free to take an offer, each with when their last offer of this delivery ended. */
  private async candidates(manager: EntityManager, deliveryId: string): Promise<DispatchCandidate[]> {
    const rows = await manager.query<
      Array<{ id: string; lat: number | null; lng: number | null; online_since: Date | null; last_offer_ended_at: Date | null }>
    >(
      `SELECT c.id, c.lat, c.lng, c.online_since,
              (SELECT max(COALESCE(o.answered_at, o.offered_at)) FROM delivery_offers o
                WHERE o.delivery_id = $1 AND o.courier_id = c.id) AS last_offer_ended_at
         FROM couriers c
        WHERE c.status = 'AVAILABLE' AND c.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM delivery_offers o WHERE o.courier_id = c.id AND o.status = 'PENDING')
          AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.courier_id = c.id AND d.status IN ('ASSIGNED', 'PICKED_UP'))`,
      [deliveryId],
    );
    return rows.map((r) => ({
      courierId: r.id,
      location: r.lat !== null && r.lng !== null ? { lat: r.lat, lng: r.lng } : null,
      lastOfferEndedAt: r.last_offer_ended_at,
      onlineSince: r.online_since,
    }));
  }

  /** Inserts the offer in a savepoint; null when a unique index says someone else won. */
  private async insertOffer(manager: EntityManager, delivery: DeliveryEntity, courier: CourierEntity): Promise<OfferEntity | null> {
    const now = this.options.clock();
    const offer = Object.assign(new OfferEntity(), {
      id: uuidv7(now.getTime()),
      deliveryId: delivery.id,
      courierId: courier.id,
      status: OfferStatus.Pending,
      offeredAt: now,
      expiresAt: new Date(now.getTime() + this.options.offerTimeoutMs),
      answeredAt: null,
    });
    await manager.query('SAVEPOINT offer_insert');
    try {
      await manager.insert(OfferEntity, offer);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await manager.query('ROLLBACK TO SAVEPOINT offer_insert');
      return null;
    }
    await manager.query('RELEASE SAVEPOINT offer_insert');
    return offer;
  }
}
