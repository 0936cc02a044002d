import type { DomainEvent } from '@foodgraph/events';
import { appendToOutbox, type EventHandlers, type Logger } from '@foodgraph/platform';
import type { EntityManager } from 'typeorm';
import type { StockReservationService } from '../services/stock-reservation.service';
import type { ChangeOrigin } from './menu-event-publisher';

/**
 * Durable consumer name of menu's part in the order saga. One consumer for all three order
 * events, so they arrive in the order orders published them (a cancel never overtakes the
 * placement it cancels).
 */
export const ORDER_STOCK_CONSUMER = 'menu-order-stock';

/** Order states that end an order before delivery; reaching one gives its stock back. */
const ENDED = new Set(['CANCELLED', 'REJECTED']);

const originOf = (event: DomainEvent): ChangeOrigin => ({ correlationId: event.correlationId, causationId: event.id });

type StockRequestEvent = DomainEvent<'orders.order.placed' | 'orders.order.lines_changed'>;

/**
 * The consumer's reactions, each inside its inbox transaction: the answer goes to the outbox
 * with the stock change, so it is published exactly once even across a crash.
 * - ReserveStockWhenOrderPlaced / ReplaceReservationWhenLinesChanged: answer
 *   `menu.stock.reserved` or `menu.stock.rejected` for the event's `stockVersion`;
 * - ReleaseStockWhenOrderEnded: `menu.stock.released` when the order held stock.
 */
export function orderStockHandlers(reservations: StockReservationService, logger: Logger): EventHandlers {
  const log = (event: DomainEvent, orderId: string, outcome: string) =>
    logger.info({ orderId, eventId: event.id, type: event.type, correlationId: event.correlationId, outcome }, `${event.type}: ${outcome}`);

  const answerLines = async (event: StockRequestEvent, manager: EntityManager): Promise<void> => {
    const { outcome, events } = await reservations.reserve(manager, event.data, originOf(event));
    await appendToOutbox(manager, events);
    log(event, event.data.orderId, outcome);
  };

  return {
    'orders.order.placed': answerLines,
    'orders.order.lines_changed': answerLines,
    'orders.order.status_changed': async (event, manager) => {
      if (!ENDED.has(event.data.to)) return;
      const { outcome, events } = await reservations.release(manager, event.data.orderId, originOf(event));
      await appendToOutbox(manager, events);
      log(event, event.data.orderId, outcome);
    },
  };
}
