import { uuidv7 } from '@foodgraph/platform/ids';
import { startMenu, type MenuHarness } from './support/menu-harness';
import { orderPlaced, probeMenuAnswers, settle, statusChanged, stockOf, type SagaProbe } from './support/order-saga';
import { seedRestaurant, type SeededRestaurant } from './support/seed-menu';

// The quick start runs menu on PGlite with the in-process bus; the saga must work there too.
describe('order stock on the embedded database and in-process bus', () => {
  let menu: MenuHarness;
  let probe: SagaProbe;
  let shop: SeededRestaurant;

  beforeAll(async () => {
    // A zero duplicate window lets the same envelope through twice, as a redelivery would.
    menu = await startMenu({ database: 'pglite', duplicateWindowMs: 0 });
    probe = await probeMenuAnswers(menu.bus);
    shop = await seedRestaurant(menu);
  });
  afterAll(() => menu.stop());

  it('reserves, then releases once when the same cancel is delivered twice', async () => {
    const rolls = await shop.addItem('Spring rolls', { stock: 3 });
    const pho = await shop.addItem('Pho bo');
    const orderId = uuidv7();
    await menu.bus.publish(
      orderPlaced(orderId, shop.restaurantId, [
        { menuItemId: rolls, quantity: 3 },
        { menuItemId: pho, quantity: 1 },
      ]),
    );
    expect((await probe.answerFor(orderId)).type).toBe('menu.stock.reserved');
    expect(await stockOf(menu, rolls, pho)).toEqual([0, null]);

    const cancel = statusChanged(orderId, shop.restaurantId, 'CANCELLED');
    await menu.bus.publish(cancel);
    await menu.bus.publish(cancel);
    await settle(menu, probe, shop.restaurantId, pho);

    expect(await stockOf(menu, rolls)).toEqual([3]);
    expect(probe.released.filter((e) => e.data.orderId === orderId)).toHaveLength(1);
    const [inbox] = await menu.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM inbox WHERE event_id = $1', [cancel.id]);
    expect(inbox.n).toBe(1);
  });

  it('rejects an order for more than is left', async () => {
    const soup = await shop.addItem('Bun cha', { stock: 1 });
    const orderId = uuidv7();
    await menu.bus.publish(orderPlaced(orderId, shop.restaurantId, [{ menuItemId: soup, quantity: 2, name: 'Bun cha' }]));
    const answer = await probe.answerFor(orderId);
    expect(answer).toMatchObject({ type: 'menu.stock.rejected', data: { reason: 'Not enough stock: Bun cha (1 left, 2 ordered)' } });
    expect(await stockOf(menu, soup)).toEqual([1]);
  });
});
