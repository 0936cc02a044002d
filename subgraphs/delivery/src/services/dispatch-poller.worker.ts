import type { Logger } from '@foodgraph/platform/logging';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import { startPeriodicLoop, type Clock, type PeriodicLoop } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { OfferStatus } from '../domain/delivery-status';
import { DeliveryActor, isOfferExpired, moveOffer, OfferAction } from '../domain/delivery-state-machine';
import { OfferEntity } from '../entities/offer.entity';
import type { DispatchService } from './dispatch.service';

export interface DispatchPollerOptions {
  dataSource: DataSource;
  dispatcher: DispatchService;
  /** The outbox relay to nudge after a commit with events. */
  outbox: OutboxNudger;
  clock: Clock;
  logger: Logger;
  /** How often to look. @default 1000 */
  intervalMs?: number;
  /** Offers expired and waiting deliveries tried per pass, each. @default 50 */
  batchSize?: number;
}

/**
 * A pass acts on a timer, not on a request or an event: what it emits joins the delivery's own
 * correlation (the order's), with no event as its cause.
 */
const originOfPass = (delivery: { correlationId: string }): ChangeOrigin => ({ correlationId: delivery.correlationId, causationId: null });

/** `nudge()` runs a pass now (or right after the current one): a courier just became free. */
export type DispatchPoller = PeriodicLoop;

/**
 * The durable half of dispatch, safe with any number of replicas. Each pass
 * 1. expires offers past `expiresAt` and offers their deliveries to the next courier, and
 * 2. retries deliveries still AWAITING_COURIER without an open offer that some courier may be
 *    offered now (a free one never asked, or one whose re-offer cool-down is over), oldest first.
 * Every delivery is handled in its own transaction that locks the delivery row with SKIP
 * LOCKED (so a delivery another replica or a courier's request is working on is left alone)
 * and re-checks what it found after the lock.
 */
export function startDispatchPoller(options: DispatchPollerOptions): DispatchPoller {
  const { dataSource, dispatcher, outbox, clock } = options;
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 50;
  const log = options.logger.child({ component: 'dispatch-poller' });

  const expire = async (offerId: string, deliveryId: string): Promise<void> => {
    await withOutbox(dataSource, outbox, async (manager, emit) => {
      const delivery = await dispatcher.lockDelivery(manager, deliveryId, true);
      if (!delivery) return;
      const [offer] = await manager.find(OfferEntity, {
        where: { id: offerId, status: OfferStatus.Pending },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      if (!offer || !isOfferExpired(offer, clock())) return;
      const expired = moveOffer(offer.status, OfferAction.Expire, DeliveryActor.System);
      await manager.update(OfferEntity, { id: offer.id }, { status: expired, answeredAt: clock() });
      log.info({ deliveryId, offerId, courierId: offer.courierId }, 'offer expired; offering the next courier');
      await dispatcher.offerNext(manager, delivery, emit, originOfPass(delivery));
    });
  };

  const retry = async (deliveryId: string): Promise<void> => {
    await withOutbox(dataSource, outbox, async (manager, emit) => {
      const delivery = await dispatcher.lockDelivery(manager, deliveryId, true);
      if (!delivery || !dispatcher.mayOffer(delivery)) return;
      const open = await manager.count(OfferEntity, { where: { deliveryId, status: OfferStatus.Pending } });
      if (open > 0) return;
      await dispatcher.offerNext(manager, delivery, emit, originOfPass(delivery));
    });
  };

  const pass = async (signal: AbortSignal): Promise<void> => {
    const due = await dataSource.query<Array<{ id: string; delivery_id: string }>>(
      `SELECT id, delivery_id FROM delivery_offers WHERE status = 'PENDING' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [clock(), batchSize],
    );
    for (const row of due) {
      if (signal.aborted) return;
      await expire(row.id, row.delivery_id);
    }
    // Waiting deliveries are only worth a look while some courier may be offered them.
    const waiting = await dispatcher.dispatchable(dataSource.manager, batchSize);
    for (const id of waiting) {
      if (signal.aborted) return;
      await retry(id);
    }
  };

  return startPeriodicLoop({ what: 'dispatch', logger: log, intervalMs, pass });
}
