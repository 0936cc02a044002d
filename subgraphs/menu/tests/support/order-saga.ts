import type { DomainEvent, EventEnvelope, OrderStatusChangedV1, StockRejectedV1, StockReservedV1 } from '@foodgraph/events';
import { uuidv7 } from '@foodgraph/platform/ids';
import { newEvent, type EventBus } from '@foodgraph/platform/messaging';
import type { MenuHarness } from './menu-harness';

/** An order line as a test writes it; the rest of the line is filled in. */
export interface TestLine {
  menuItemId: string;
  quantity: number;
  name?: string;
}

const origin = () => ({ producer: 'orders', correlationId: uuidv7() });

const fullLines = (lines: readonly TestLine[]) =>
  lines.map((line) => ({
    lineId: uuidv7(),
    menuItemId: line.menuItemId,
    name: line.name ?? 'Dish',
    quantity: line.quantity,
    unitPrice: 500,
  }));

/** `orders.order.placed` as the orders subgraph would publish it (stock version 1). */
export function orderPlaced(orderId: string, restaurantId: string, lines: readonly TestLine[]): DomainEvent<'orders.order.placed'> {
  return newEvent(
    'orders.order.placed',
    {
      orderId,
      number: `FG-${orderId.slice(-6)}`,
      customerId: uuidv7(),
      restaurantId,
      stockVersion: 1,
      lines: fullLines(lines),
      currency: 'EUR',
      subtotal: 1000,
      deliveryFee: 250,
      total: 1250,
      paymentMethod: 'CASH_ON_DELIVERY',
      deliveryAddress: { line1: 'Invalidenstraße 2', line2: null, city: 'Berlin', postalCode: '10115', location: null },
      notes: null,
      placedAt: new Date().toISOString(),
    },
    origin(),
  );
}

/** `orders.order.lines_changed` with the order's new lines under `stockVersion`. */
export function linesChanged(
  orderId: string,
  restaurantId: string,
  stockVersion: number,
  lines: readonly TestLine[],
): DomainEvent<'orders.order.lines_changed'> {
  return newEvent(
    'orders.order.lines_changed',
    {
      orderId,
      restaurantId,
      stockVersion,
      lines: fullLines(lines),
      currency: 'EUR',
      subtotal: 1000,
      deliveryFee: 250,
      total: 1250,
      changedAt: new Date().toISOString(),
    },
    origin(),
  );
}

/** `orders.order.status_changed` from PENDING to `to`, moved by the customer. */
export function statusChanged(
  orderId: string,
  restaurantId: string,
  to: OrderStatusChangedV1['to'],
): DomainEvent<'orders.order.status_changed'> {
  return newEvent(
    'orders.order.status_changed',
    {
      orderId,
      number: `FG-${orderId.slice(-6)}`,
      customerId: uuidv7(),
      restaurantId,
      from: 'PENDING',
      to,
      reason: null,
      actorKind: 'CUSTOMER',
      actorId: null,
      paymentStatus: 'NOT_REQUIRED',
      estimatedReadyAt: null,
      at: new Date().toISOString(),
    },
    origin(),
  );
}

type StockAnswer = DomainEvent<'menu.stock.reserved' | 'menu.stock.rejected'>;

/** Everything menu published about stock, as a consumer on the bus received it. */
export interface SagaProbe {
  answers: StockAnswer[];
  released: DomainEvent<'menu.stock.released'>[];
  itemChanges: DomainEvent<'menu.item.changed'>[];
  /** The answer for the order's `stockVersion`, once it arrived. */
  answerFor(orderId: string, stockVersion?: number): Promise<StockAnswer>;
  /** Answers of one order, in arrival order. */
  answersOf(orderId: string): StockAnswer[];
}

/** The answer's data; fails the test unless menu reserved. */
export function reservedData(answer: StockAnswer): StockReservedV1 {
  if (answer.type !== 'menu.stock.reserved') throw new Error(`expected a reservation, got ${JSON.stringify(answer.data)}`);
  return answer.data;
}

/** The answer's data; fails the test unless menu rejected. */
export function rejectedData(answer: StockAnswer): StockRejectedV1 {
  if (answer.type !== 'menu.stock.rejected') throw new Error(`expected a rejection, got ${JSON.stringify(answer.data)}`);
  return answer.data;
}

/** Waits until `check` holds, polling. */
export async function waitFor(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Subscribes a test consumer to menu's answers and item snapshots. */
export async function probeMenuAnswers(bus: EventBus): Promise<SagaProbe> {
  const probe: SagaProbe = {
    answers: [],
    released: [],
    itemChanges: [],
    async answerFor(orderId, stockVersion = 1) {
      const find = () => probe.answers.find((a) => a.data.orderId === orderId && a.data.stockVersion === stockVersion);
      await waitFor(() => find() !== undefined);
      return find()!;
    },
    answersOf: (orderId) => probe.answers.filter((a) => a.data.orderId === orderId),
  };
  await bus.consume({
    consumer: 'menu-saga-probe',
    types: ['menu.stock.reserved', 'menu.stock.rejected', 'menu.stock.released', 'menu.item.changed'],
    handle: async (message) => {
      const event = message.payload as EventEnvelope as DomainEvent;
      if (event.type === 'menu.stock.reserved' || event.type === 'menu.stock.rejected') probe.answers.push(event);
      else if (event.type === 'menu.stock.released') probe.released.push(event);
      else if (event.type === 'menu.item.changed') probe.itemChanges.push(event);
    },
    deadLetter: async () => undefined,
  });
  return probe;
}

/**
 * Waits until menu has handled everything published so far: menu's consumer takes order
 * events one at a time in publish order, so once a fresh order placed now is answered, every
 * earlier event has been handled and its answers (published in outbox order) have arrived.
 */
export async function settle(
  menu: Pick<MenuHarness, 'bus'>,
  probe: SagaProbe,
  restaurantId: string,
  unlimitedItemId: string,
): Promise<void> {
  const orderId = uuidv7();
  await menu.bus.publish(orderPlaced(orderId, restaurantId, [{ menuItemId: unlimitedItemId, quantity: 1 }]));
  await probe.answerFor(orderId);
}

/** Current stock of items by id, straight from SQL. */
export async function stockOf(menu: Pick<MenuHarness, 'dataSource'>, ...ids: string[]): Promise<(number | null)[]> {
  const rows = await menu.dataSource.query<{ id: string; stock: number | null }[]>(
    'SELECT id, stock FROM menu_items WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return ids.map((id) => rows.find((row) => row.id === id)!.stock);
}
