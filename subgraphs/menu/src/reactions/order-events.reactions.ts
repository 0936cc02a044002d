import type { DomainEvent } from '@foodgraph/events';
import type { Logger } from '@foodgraph/platform/logging';
import { originOfEvent } from '@foodgraph/platform/messaging';
import type { EntityManager } from 'typeorm';
import { endsOrderBeforeDelivery } from '../domain/stock-reservation';
import type { StockReservationService } from '../services/stock-reservation.service';

/*
 * Menu's part in the order saga: what it does when orders announces a change. Each reaction
 * runs inside its inbox transaction and hands the work to `StockReservationService`, which
 * writes the answer to the outbox in that same transaction.
 */

/** What the order reactions need. */
export interface OrderReactionDeps {
  reservations: StockReservationService;
  logger: Logger;
}

function logOutcome(logger: Logger, event: DomainEvent, orderId: string, outcome: string): void {
  logger.info({ orderId, eventId: event.id, type: event.type, correlationId: event.correlationId, outcome }, `${event.type}: ${outcome}`);
}

/** A new order asks for its lines: answer `menu.stock.reserved` or `menu.stock.rejected`. */
export async function reserveStockWhenOrderPlaced(
  deps: OrderReactionDeps,
  event: DomainEvent<'orders.order.placed'>,
  manager: EntityManager,
): Promise<void> {
  const outcome = await deps.reservations.answerStockRequest(manager, event.data, originOfEvent(event));
  logOutcome(deps.logger, event, event.data.orderId, outcome);
}

/**
 * A pending order's lines changed: the new lines replace what it holds, all or nothing, and
 * the answer is for the event's `stockVersion`.
 */
export async function replaceReservationWhenLinesChanged(
  deps: OrderReactionDeps,
  event: DomainEvent<'orders.order.lines_changed'>,
  manager: EntityManager,
): Promise<void> {
  const outcome = await deps.reservations.answerStockRequest(manager, event.data, originOfEvent(event));
  logOutcome(deps.logger, event, event.data.orderId, outcome);
}

/** An order was cancelled or rejected: give back what it holds (`menu.stock.released`). Other moves change nothing here. */
export async function releaseStockWhenOrderEnded(
  deps: OrderReactionDeps,
  event: DomainEvent<'orders.order.status_changed'>,
  manager: EntityManager,
): Promise<void> {
  if (!endsOrderBeforeDelivery(event.data.to)) return;
  const outcome = await deps.reservations.releaseEndedOrder(manager, event.data.orderId, originOfEvent(event));
  logOutcome(deps.logger, event, event.data.orderId, outcome);
}
