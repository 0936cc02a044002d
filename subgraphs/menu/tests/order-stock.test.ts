import { uuidv7 } from '@foodgraph/platform/ids';
import { ok, startMenu, type MenuHarness } from './support/menu-harness';
import { MENU_ITEM, UPDATE_ITEM } from './support/menu-operations';
import {
  linesChanged,
  orderPlaced,
  probeMenuAnswers,
  rejectedData,
  reservedData,
  settle,
  statusChanged,
  stockOf,
  type SagaProbe,
} from './support/order-saga';
import { seedRestaurant, type SeededRestaurant } from './support/seed-menu';

// Menu's part in the order saga over the real stack: PostgreSQL and NATS JetStream.
let menu: MenuHarness;
let probe: SagaProbe;
let shop: SeededRestaurant;
let pho: string;

beforeAll(async () => {
  menu = await startMenu({ bus: 'nats' });
  probe = await probeMenuAnswers(menu.bus);
  shop = await seedRestaurant(menu);
  pho = await shop.addItem('Pho bo');
});
afterAll(() => menu.stop());

const place = async (lines: { menuItemId: string; quantity: number; name?: string }[]) => {
  const orderId = uuidv7();
  const event = orderPlaced(orderId, shop.restaurantId, lines);
  await menu.bus.publish(event);
  return { orderId, event, answer: await probe.answerFor(orderId) };
};
const reservationOf = async (orderId: string) =>
  (
    await menu.dataSource.query<{ status: string; stock_version: number; closed_at: Date | null }[]>(
      'SELECT status, stock_version, closed_at FROM stock_reservations WHERE order_id = $1',
      [orderId],
    )
  )[0];
const settled = () => settle(menu, probe, shop.restaurantId, pho);

describe('stock reservation for placed orders', () => {
  it('reserves every line, taking limited stock and leaving unlimited items alone', async () => {
    const rolls = await shop.addItem('Spring rolls', { stock: 5 });
    // The same dish on two lines counts once, with the quantities summed.
    const { orderId, event, answer } = await place([
      { menuItemId: rolls, quantity: 1 },
      { menuItemId: pho, quantity: 2 },
      { menuItemId: rolls, quantity: 2 },
    ]);
    expect(reservedData(answer).lines).toEqual(
      expect.arrayContaining([
        { menuItemId: rolls, quantity: 3 },
        { menuItemId: pho, quantity: 2 },
      ]),
    );
    expect(answer).toMatchObject({ producer: 'menu', correlationId: event.correlationId, causationId: event.id });
    expect(await stockOf(menu, rolls, pho)).toEqual([2, null]);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'HELD', stock_version: 1, closed_at: null });
  });

  it('announces the new stock with menu.item.changed, unavailable once it reaches 0', async () => {
    const last = await shop.addItem('Banh mi', { stock: 2 });
    const { event } = await place([{ menuItemId: last, quantity: 2 }]);
    await settled();
    const snapshots = probe.itemChanges.filter((e) => e.data.itemId === last && e.causationId === event.id);
    expect(snapshots.map((e) => [e.data.revision, e.data.stock, e.data.available])).toEqual([[2, 0, false]]);
    // Reserving an unlimited item changes nothing worth announcing.
    expect(probe.itemChanges.some((e) => e.data.itemId === pho && e.data.revision > 1)).toBe(false);
    const { menuItem } = ok(await menu.query(shop.owner, MENU_ITEM, { id: last }));
    expect(menuItem).toMatchObject({ stock: 0, available: false });
  });

  it('rejects an order it cannot fully serve without taking any of its stock', async () => {
    const rolls = await shop.addItem('Summer rolls', { stock: 4, available: true });
    const soup = await shop.addItem('Bun bo Hue', { stock: 1 });
    const { orderId, answer } = await place([
      { menuItemId: rolls, quantity: 2, name: 'Summer rolls' },
      { menuItemId: soup, quantity: 3, name: 'Bun bo Hue' },
    ]);
    const rejection = rejectedData(answer);
    expect(rejection.items).toEqual([{ menuItemId: soup, requested: 3, available: 1 }]);
    expect(rejection.reason).toBe('Not enough stock: Bun bo Hue (1 left, 3 ordered)');
    expect(await stockOf(menu, rolls, soup)).toEqual([4, 1]);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'REJECTED', stock_version: 1 });
  });

  it('rejects switched-off, deleted and other restaurants’ items as not available', async () => {
    const off = await shop.addItem('Secret special', { available: false });
    const gone = await shop.addItem('Old dish', { stock: 3 });
    await shop.deleteItem(gone);
    const other = await seedRestaurant(menu, 'Curry Corner');
    const foreign = await other.addItem('Curry', { stock: 9 });
    const missing = uuidv7();
    const { answer } = await place([
      { menuItemId: pho, quantity: 1 },
      { menuItemId: off, quantity: 1 },
      { menuItemId: gone, quantity: 1 },
      { menuItemId: foreign, quantity: 1 },
      { menuItemId: missing, quantity: 2 },
    ]);
    const { items } = rejectedData(answer);
    expect(items).toHaveLength(4);
    expect(items).toEqual(
      expect.arrayContaining([
        { menuItemId: off, requested: 1, available: null },
        { menuItemId: gone, requested: 1, available: null },
        { menuItemId: foreign, requested: 1, available: null },
        { menuItemId: missing, requested: 2, available: null },
      ]),
    );
    expect(await stockOf(menu, gone, foreign)).toEqual([3, 9]);
  });

  it('rejects an item the owner switched off after the customer saw it', async () => {
    const dish = await shop.addItem('Com tam', { stock: 10 });
    ok(await menu.query(shop.owner, UPDATE_ITEM, { id: dish, input: { available: false } }));
    const { answer } = await place([{ menuItemId: dish, quantity: 1 }]);
    expect(answer.type).toBe('menu.stock.rejected');
    expect(await stockOf(menu, dish)).toEqual([10]);
  });
});

describe('releasing stock of ended orders', () => {
  it('gives the stock back once when the order is cancelled, however often that is said', async () => {
    const rolls = await shop.addItem('Fresh rolls', { stock: 6 });
    const { orderId } = await place([{ menuItemId: rolls, quantity: 4 }]);
    expect(await stockOf(menu, rolls)).toEqual([2]);

    const cancel = statusChanged(orderId, shop.restaurantId, 'CANCELLED');
    await menu.bus.publish(cancel);
    await menu.bus.publish(cancel);
    // A different event with the same effect (an admin rejecting it too) must not release again.
    await menu.bus.publish(statusChanged(orderId, shop.restaurantId, 'REJECTED'));
    await settled();

    expect(await stockOf(menu, rolls)).toEqual([6]);
    const released = probe.released.filter((e) => e.data.orderId === orderId);
    expect(released.map((e) => e.data)).toEqual([{ orderId, stockVersion: 1, lines: [{ menuItemId: rolls, quantity: 4 }] }]);
    expect(released[0].causationId).toBe(cancel.id);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'RELEASED' });
    const snapshot = probe.itemChanges.filter((e) => e.data.itemId === rolls).at(-1)!;
    expect(snapshot.data).toMatchObject({ stock: 6, available: true });
  });

  it('releases nothing for a rejected reservation, an unknown order or a non-ending status', async () => {
    const soup = await shop.addItem('Canh chua', { stock: 1 });
    const { orderId } = await place([{ menuItemId: soup, quantity: 2 }]);
    await menu.bus.publish(statusChanged(orderId, shop.restaurantId, 'REJECTED'));
    await menu.bus.publish(statusChanged(uuidv7(), shop.restaurantId, 'CANCELLED'));
    const held = await place([{ menuItemId: soup, quantity: 1 }]);
    await menu.bus.publish(statusChanged(held.orderId, shop.restaurantId, 'ACCEPTED'));
    await settled();
    expect(probe.released.filter((e) => [orderId, held.orderId].includes(e.data.orderId))).toEqual([]);
    expect(await stockOf(menu, soup)).toEqual([0]);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'REJECTED', closed_at: expect.any(Date) });
  });
});

describe('changing the lines of an order', () => {
  it('replaces the reservation in one step, answering each stock version once', async () => {
    const rolls = await shop.addItem('Crab rolls', { stock: 5 });
    const tea = await shop.addItem('Lotus tea', { stock: 3 });
    const { orderId } = await place([{ menuItemId: rolls, quantity: 2 }]);
    expect(await stockOf(menu, rolls, tea)).toEqual([3, 3]);

    // All 5 rolls fit because the 2 already held come back first.
    await menu.bus.publish(
      linesChanged(orderId, shop.restaurantId, 2, [
        { menuItemId: rolls, quantity: 5 },
        { menuItemId: tea, quantity: 1 },
      ]),
    );
    const v2 = await probe.answerFor(orderId, 2);
    expect(v2.type).toBe('menu.stock.reserved');
    expect(await stockOf(menu, rolls, tea)).toEqual([0, 2]);

    // Too much tea: nothing is held for version 3, and version 2's lines went back.
    await menu.bus.publish(
      linesChanged(orderId, shop.restaurantId, 3, [
        { menuItemId: rolls, quantity: 1 },
        { menuItemId: tea, quantity: 4 },
      ]),
    );
    const v3 = await probe.answerFor(orderId, 3);
    expect(rejectedData(v3).items).toEqual([{ menuItemId: tea, requested: 4, available: 3 }]);
    expect(await stockOf(menu, rolls, tea)).toEqual([5, 3]);

    await menu.bus.publish(linesChanged(orderId, shop.restaurantId, 4, [{ menuItemId: tea, quantity: 3 }]));
    expect((await probe.answerFor(orderId, 4)).type).toBe('menu.stock.reserved');
    expect(await stockOf(menu, rolls, tea)).toEqual([5, 0]);
    expect(await reservationOf(orderId)).toMatchObject({ status: 'HELD', stock_version: 4 });
  });

  it('ignores a stock version it already answered or one older than that', async () => {
    const rolls = await shop.addItem('Egg rolls', { stock: 5 });
    const { orderId } = await place([{ menuItemId: rolls, quantity: 1 }]);
    await menu.bus.publish(linesChanged(orderId, shop.restaurantId, 3, [{ menuItemId: rolls, quantity: 2 }]));
    await probe.answerFor(orderId, 3);
    await menu.bus.publish(linesChanged(orderId, shop.restaurantId, 2, [{ menuItemId: rolls, quantity: 5 }]));
    await menu.bus.publish(linesChanged(orderId, shop.restaurantId, 3, [{ menuItemId: rolls, quantity: 4 }]));
    await menu.bus.publish(orderPlaced(orderId, shop.restaurantId, [{ menuItemId: rolls, quantity: 3 }]));
    await settled();
    expect(probe.answersOf(orderId).map((a) => [a.data.stockVersion, a.type])).toEqual([
      [1, 'menu.stock.reserved'],
      [3, 'menu.stock.reserved'],
    ]);
    expect(await stockOf(menu, rolls)).toEqual([3]);
  });

  it('takes no stock for an order that already ended', async () => {
    const rolls = await shop.addItem('Duck rolls', { stock: 5 });
    const { orderId } = await place([{ menuItemId: rolls, quantity: 1 }]);
    await menu.bus.publish(statusChanged(orderId, shop.restaurantId, 'CANCELLED'));
    await menu.bus.publish(linesChanged(orderId, shop.restaurantId, 2, [{ menuItemId: rolls, quantity: 2 }]));
    await settled();
    expect(probe.answersOf(orderId)).toHaveLength(1);
    expect(await stockOf(menu, rolls)).toEqual([5]);
  });
});
