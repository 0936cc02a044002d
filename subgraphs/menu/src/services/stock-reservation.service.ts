import type { DomainEvent } from '@foodgraph/events';
import { appendToOutbox, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { EntityManager } from 'typeorm';
import { itemIdsOf, mergeLines, planStock, shortageReason, type StockLine } from '../domain/stock-reservation';
import { StockReservationEntity } from '../entities/stock-reservation.entity';
import { itemChanged } from '../events/menu-event-publisher';
import { stockRejected, stockReleased, stockReserved } from '../events/stock-answer-events';
import { applyStockDeltas, lockItems } from './item-stock.repository';

/** An order's lines at one `stockVersion`, as `orders.order.placed` / `lines_changed` carry them. */
export interface StockRequest {
  orderId: string;
  restaurantId: string;
  stockVersion: number;
  /** `name` is what the order shows, used in the rejection reason. */
  lines: readonly (StockLine & { name: string })[];
}

/** What became of a request; `stale` and `closed` changed nothing and answer nothing. */
export type ReserveOutcome = 'reserved' | 'rejected' | 'stale' | 'closed';
/** What became of an ended order; only `released` gave stock back. */
export type ReleaseOutcome = 'released' | 'nothing-held' | 'unknown-order';

/** Events to append to the outbox in the caller's transaction, and what happened. */
export interface StockResult<Outcome> {
  outcome: Outcome;
  events: DomainEvent[];
}

/**
 * Menu's side of the order saga. Every method runs in the caller's transaction (the inbox
 * consumer's) and locks the order's reservation row first, then the items in id order: one
 * lock order for all, so concurrent work on the same items waits instead of deadlocking.
 */
export class StockReservationService {
  constructor(private readonly clock: Clock) {}

  /**
   * Answers an order's stock request (`orders.order.placed` or `lines_changed`): reserves as
   * `reserve` does and records the answer (and the item changes) in the outbox of the caller's
   * transaction, so it is published exactly once with the stock change, even across a crash.
   */
  async answerStockRequest(manager: EntityManager, request: StockRequest, origin: ChangeOrigin): Promise<ReserveOutcome> {
    const { outcome, events } = await this.reserve(manager, request, origin);
    await appendToOutbox(manager, events);
    return outcome;
  }

  /**
   * Gives back what an ended order holds as `release` does, recording the item changes and
   * `menu.stock.released` in the outbox of the caller's transaction.
   */
  async releaseEndedOrder(manager: EntityManager, orderId: string, origin: ChangeOrigin): Promise<ReleaseOutcome> {
    const { outcome, events } = await this.release(manager, orderId, origin);
    await appendToOutbox(manager, events);
    return outcome;
  }

  /**
   * Replaces whatever the order holds by `request.lines`, all or nothing: on success the new
   * lines are held; otherwise nothing is (the old lines still go back). A version at or below
   * the one already answered, or a request for an ended order, is ignored.
   */
  async reserve(manager: EntityManager, request: StockRequest, origin: ChangeOrigin): Promise<StockResult<ReserveOutcome>> {
    const existing = await this.lockReservation(manager, request.orderId);
    if (existing?.closedAt) return { outcome: 'closed', events: [] };
    if (existing && request.stockVersion <= existing.stockVersion) return { outcome: 'stale', events: [] };

    const at = this.clock();
    const held = existing?.status === 'HELD' ? existing.lines : [];
    const wanted = mergeLines(request.lines);
    const items = await lockItems(manager, itemIdsOf(held, wanted));
    const plan = planStock(request.restaurantId, items, held, wanted);
    const changed = await applyStockDeltas(manager, plan.deltas, at);

    const reservation =
      existing ?? Object.assign(new StockReservationEntity(), { orderId: request.orderId, closedAt: null, createdAt: at });
    Object.assign(reservation, {
      restaurantId: request.restaurantId,
      stockVersion: request.stockVersion,
      status: plan.outcome === 'reserved' ? 'HELD' : 'REJECTED',
      lines: plan.lines,
      updatedAt: at,
    } satisfies Partial<StockReservationEntity>);
    await manager.save(StockReservationEntity, reservation);

    const subject = { orderId: request.orderId, stockVersion: request.stockVersion };
    const events: DomainEvent[] = changed.map((item) => itemChanged(item, origin, at));
    if (plan.outcome === 'reserved') {
      events.push(stockReserved(subject, plan.lines, origin, at));
    } else {
      const names = new Map(request.lines.map((line) => [line.menuItemId.toLowerCase(), line.name]));
      const reason = shortageReason(plan.short, (id) => names.get(id) ?? id);
      events.push(stockRejected(subject, reason, plan.short, origin, at));
    }
    return { outcome: plan.outcome, events };
  }

  /**
   * The order ended (CANCELLED or REJECTED): gives back what it holds, once. The reservation
   * is marked closed either way, so a late request for the order cannot take stock again.
   */
  async release(manager: EntityManager, orderId: string, origin: ChangeOrigin): Promise<StockResult<ReleaseOutcome>> {
    const reservation = await this.lockReservation(manager, orderId);
    if (!reservation) return { outcome: 'unknown-order', events: [] };
    const at = this.clock();
    if (reservation.status !== 'HELD') {
      if (!reservation.closedAt) await manager.update(StockReservationEntity, { orderId }, { closedAt: at, updatedAt: at });
      return { outcome: 'nothing-held', events: [] };
    }

    const items = await lockItems(manager, itemIdsOf(reservation.lines));
    const plan = planStock(reservation.restaurantId, items, reservation.lines, []);
    const changed = await applyStockDeltas(manager, plan.deltas, at);
    await manager.update(StockReservationEntity, { orderId }, { status: 'RELEASED', closedAt: at, updatedAt: at });

    const events: DomainEvent[] = changed.map((item) => itemChanged(item, origin, at));
    events.push(stockReleased({ orderId, stockVersion: reservation.stockVersion }, reservation.lines, origin, at));
    return { outcome: 'released', events };
  }

  private lockReservation(manager: EntityManager, orderId: string): Promise<StockReservationEntity | null> {
    return manager.findOne(StockReservationEntity, { where: { orderId }, lock: { mode: 'pessimistic_write' } });
  }
}
