import { uuidv7 } from '@foodgraph/platform/ids';
import { StockReservationService } from '../src/services/stock-reservation.service';
import { startMenu, type MenuHarness } from './support/menu-harness';
import { orderPlaced, probeMenuAnswers, rejectedData, stockOf, waitFor, type SagaProbe } from './support/order-saga';
import { seedRestaurant, type SeededRestaurant } from './support/seed-menu';

// Stock must never go below zero however many orders compete for the last units.
let menu: MenuHarness;
let probe: SagaProbe;
let shop: SeededRestaurant;

beforeAll(async () => {
  menu = await startMenu({ bus: 'nats' });
  probe = await probeMenuAnswers(menu.bus);
  shop = await seedRestaurant(menu);
});
afterAll(() => menu.stop());

const heldQuantity = async (itemId: string): Promise<number> => {
  const [row] = await menu.dataSource.query<{ held: number }[]>(
    `SELECT coalesce(sum((line->>'quantity')::int), 0)::int AS held
     FROM stock_reservations, jsonb_array_elements(lines) AS line
     WHERE status = 'HELD' AND line->>'menuItemId' = $1`,
    [itemId],
  );
  return row.held;
};

describe('competing for the last units', () => {
  it('answers 50 simultaneous orders for the last 10 units with exactly 10 reservations', async () => {
    const dish = await shop.addItem('Last pho of the day', { stock: 10 });
    const orders = Array.from({ length: 50 }, () => uuidv7());
    await Promise.all(
      orders.map((orderId) => menu.bus.publish(orderPlaced(orderId, shop.restaurantId, [{ menuItemId: dish, quantity: 1 }]))),
    );
    await waitFor(() => orders.every((orderId) => probe.answersOf(orderId).length > 0), 30_000);

    const answers = orders.flatMap((orderId) => probe.answersOf(orderId));
    expect(answers).toHaveLength(50);
    expect(answers.filter((a) => a.type === 'menu.stock.reserved')).toHaveLength(10);
    const rejected = answers.filter((a) => a.type === 'menu.stock.rejected');
    expect(rejected).toHaveLength(40);
    for (const answer of rejected) {
      expect(rejectedData(answer).items).toEqual([{ menuItemId: dish, requested: 1, available: 0 }]);
    }
    expect(await stockOf(menu, dish)).toEqual([0]);
    expect(await heldQuantity(dish)).toBe(10);
    const [negative] = await menu.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM menu_items WHERE stock < 0');
    expect(negative.n).toBe(0);
  });

  it('serializes parallel reservations on shared items without deadlocks or overselling', async () => {
    // Straight to the service, each in its own transaction, to race them in the database;
    // half the orders list the items in the opposite order.
    const a = await shop.addItem('Dumplings', { stock: 12 });
    const b = await shop.addItem('Wontons', { stock: 30 });
    const service = new StockReservationService(() => new Date());
    const origin = { correlationId: uuidv7(), causationId: null };
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        menu.dataSource.transaction((manager) =>
          service.reserve(
            manager,
            {
              orderId: uuidv7(),
              restaurantId: shop.restaurantId,
              stockVersion: 1,
              lines:
                i % 2 === 0
                  ? [
                      { menuItemId: a, quantity: 1, name: 'Dumplings' },
                      { menuItemId: b, quantity: 2, name: 'Wontons' },
                    ]
                  : [
                      { menuItemId: b, quantity: 2, name: 'Wontons' },
                      { menuItemId: a, quantity: 1, name: 'Dumplings' },
                    ],
            },
            origin,
          ),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.outcome === 'reserved')).toHaveLength(12);
    expect(outcomes.filter((o) => o.outcome === 'rejected')).toHaveLength(28);
    expect(await stockOf(menu, a, b)).toEqual([0, 6]);
    expect([await heldQuantity(a), await heldQuantity(b)]).toEqual([12, 24]);
  });
});
