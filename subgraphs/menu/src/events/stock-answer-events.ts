import type { DomainEvent, StockRejectedV1 } from '@foodgraph/events';
import { newEvent, type ChangeOrigin } from '@foodgraph/platform/messaging';
import type { StockLine } from '../domain/stock-reservation';
import { MENU_PRODUCER } from './menu-event-publisher';

/** The order and version an answer is about. */
export interface StockAnswerSubject {
  orderId: string;
  stockVersion: number;
}

const copyLines = (lines: readonly StockLine[]) => lines.map(({ menuItemId, quantity }) => ({ menuItemId, quantity }));

/** `menu.stock.reserved`: every line of `stockVersion` is held. */
export function stockReserved(
  subject: StockAnswerSubject,
  lines: readonly StockLine[],
  origin: ChangeOrigin,
  at: Date,
): DomainEvent<'menu.stock.reserved'> {
  return newEvent('menu.stock.reserved', { ...subject, lines: copyLines(lines) }, { producer: MENU_PRODUCER, ...origin, occurredAt: at });
}

/** `menu.stock.rejected`: nothing is held for `stockVersion`; `items` names what was short. */
export function stockRejected(
  subject: StockAnswerSubject,
  reason: string,
  items: StockRejectedV1['items'],
  origin: ChangeOrigin,
  at: Date,
): DomainEvent<'menu.stock.rejected'> {
  return newEvent('menu.stock.rejected', { ...subject, reason, items }, { producer: MENU_PRODUCER, ...origin, occurredAt: at });
}

/** `menu.stock.released`: the held lines went back to stock because the order ended. */
export function stockReleased(
  subject: StockAnswerSubject,
  lines: readonly StockLine[],
  origin: ChangeOrigin,
  at: Date,
): DomainEvent<'menu.stock.released'> {
  return newEvent('menu.stock.released', { ...subject, lines: copyLines(lines) }, { producer: MENU_PRODUCER, ...origin, occurredAt: at });
}
