import { newEvent, recordDeadLetter } from '@foodgraph/platform/messaging';
import { createLogger } from '@foodgraph/platform/logging';
import { uuidv7 } from '@foodgraph/platform/ids';
import {
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  loginAdmin,
  signUp,
  startSupergraph,
  type DemoRestaurant,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createTestCourier, deliveryMutation, deliveryStep, goOffline, goOnline, waitForOffer, type TestCourier } from './support/couriers';
import { acceptOrder, cookUntilReady, KITCHEN_AT, pickUpOnceReady, placePaidOrder, reviewOnceDelivered } from './support/journey';

/*
 * The admin console through the router: the dashboard is one entity every subgraph adds its
 * figures to, so each figure is checked against a recomputation from that subgraph's own
 * tables; a dead letter forced into one subgraph shows on it and a redrive handles it once.
 */

const DASHBOARD = `query Dashboard($from: DateTime!, $to: DateTime!) {
  adminDashboard(from: $from, to: $to) {
    id from to
    ordersByStatus { status count }
    grossMerchandiseValue { amount currency }
    averageDeliveryMinutes activeCouriers restaurantsPendingApproval newUsers averageRestaurantRating
    deadLetters { id subgraph eventType eventId error attempts failedAt redrivenAt }
  }
}`;

interface Dashboard {
  ordersByStatus: { status: string; count: number }[];
  grossMerchandiseValue: { amount: number; currency: string };
  averageDeliveryMinutes: number | null;
  activeCouriers: number;
  restaurantsPendingApproval: number;
  newUsers: number;
  averageRestaurantRating: number | null;
  deadLetters: {
    id: string;
    subgraph: string;
    eventType: string;
    eventId: string;
    error: string;
    attempts: number;
    redrivenAt: string | null;
  }[];
}

describe('admin console through the router', () => {
  let sg: TestSupergraph;
  let admin: SignedIn;
  let partner: SignedIn;
  let customer: SignedIn;
  let venue: DemoRestaurant;
  let courier: TestCourier;
  const window = () => ({ from: new Date(Date.now() - 3600_000).toISOString(), to: new Date(Date.now() + 3600_000).toISOString() });
  const dashboard = async (token = admin.token) =>
    dataOf(await sg.query<{ adminDashboard: Dashboard }>(DASHBOARD, { token, variables: window() }), 'adminDashboard').adminDashboard;

  beforeAll(async () => {
    sg = await startSupergraph({ env: { OFFER_TIMEOUT: '60s', DISPATCH_POLL_INTERVAL: '200ms' } });
    admin = await loginAdmin(sg);
    [partner, customer] = await Promise.all([signUp(sg, 'PARTNER', 'Dana Dashboard'), signUp(sg, 'CUSTOMER', 'Carl Counted')]);
    venue = await createDemoRestaurant(sg, partner, { name: 'Figures Diner', items: [{ name: 'Soup', price: 700 }] });
    courier = await createTestCourier(sg, 'Dash Rider');
    await goOnline(sg, courier, KITCHEN_AT);
  });
  afterAll(async () => {
    if (courier) await goOffline(sg, courier).catch(() => undefined);
    await sg?.stop();
  });

  it("shows figures equal to a recomputation from each subgraph's own tables", async () => {
    const [soup] = venue.items as [DemoRestaurant['items'][number]];
    // One order all the way to a review, one left waiting for its restaurant, one restaurant pending.
    const delivered = await placePaidOrder(sg, customer, venue, [{ menuItemId: soup.id, quantity: 2 }]);
    await placePaidOrder(sg, customer, venue, [{ menuItemId: soup.id, quantity: 1 }]);
    await acceptOrder(sg, partner, delivered.id);
    const offered = await waitForOffer(sg, courier, delivered.id, 20_000);
    await deliveryStep(sg, courier, 'acceptDelivery', offered.id);
    await cookUntilReady(sg, partner, delivered.id);
    await pickUpOnceReady(sg, courier, offered.id);
    dataOf(await deliveryMutation(sg, courier, 'markDelivered', offered.id), 'markDelivered');
    await reviewOnceDelivered(sg, customer, { orderId: delivered.id, restaurantRating: 4, courierRating: 5 });
    await sg.query('mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }', {
      token: partner.token,
      variables: {
        input: {
          name: 'Waiting Room',
          cuisines: ['test'],
          address: { line1: 'Queue St 1', city: 'Springfield', postalCode: '12345', location: { lat: 40, lng: -75 } },
          openingHours: [{ dayOfWeek: 1, opens: '08:00', closes: '20:00' }],
          deliveryFee: 100,
          minimumOrder: 100,
          currency: 'EUR',
        },
      },
    });

    const { from, to } = window();
    const db = (name: string) => sg.stack.subgraphs[name].dataSource;
    const one = async <T>(name: string, sql: string): Promise<T> => (await db(name).query<T[]>(sql, [from, to]))[0];
    const byStatus = await db('orders').query<{ status: string; count: number }[]>(
      'SELECT status, count(*)::int AS count FROM orders WHERE placed_at >= $1 AND placed_at < $2 GROUP BY status',
      [from, to],
    );
    const gmv = await one<{ sum: string | null }>(
      'orders',
      "SELECT sum(total) FROM orders WHERE status = 'DELIVERED' AND placed_at >= $1 AND placed_at < $2",
    );
    const minutes = await one<{ avg: number | null }>(
      'delivery',
      'SELECT avg(extract(epoch FROM delivered_at - created_at) / 60)::float8 AS avg FROM deliveries WHERE delivered_at >= $1 AND delivered_at < $2',
    );
    const couriers = await one<{ n: number }>(
      'delivery',
      'SELECT count(DISTINCT courier_id)::int AS n FROM deliveries WHERE delivered_at >= $1 AND delivered_at < $2',
    );
    const pending = (
      await db('menu').query<{ n: number }[]>("SELECT count(*)::int AS n FROM restaurants WHERE status = 'PENDING_APPROVAL'")
    )[0];
    const users = await one<{ n: number }>(
      'users',
      'SELECT count(*)::int AS n FROM users WHERE NOT is_guest AND created_at >= $1 AND created_at < $2',
    );
    const rating = await one<{ avg: number | null }>(
      'feedback',
      'SELECT avg(restaurant_rating)::float8 AS avg FROM reviews WHERE NOT hidden AND created_at >= $1 AND created_at < $2',
    );

    const answer = await dashboard();
    expect([...answer.ordersByStatus].sort((a, b) => a.status.localeCompare(b.status))).toEqual(
      [...byStatus].sort((a, b) => a.status.localeCompare(b.status)),
    );
    expect(answer.ordersByStatus).toEqual(
      expect.arrayContaining([
        { status: 'DELIVERED', count: 1 },
        { status: 'PLACED', count: 1 },
      ]),
    );
    expect(answer.grossMerchandiseValue).toEqual({ amount: Number(gmv.sum), currency: 'EUR' });
    expect(answer.grossMerchandiseValue.amount).toBe(delivered.total.amount);
    expect(answer.averageDeliveryMinutes).toBeCloseTo(minutes.avg!, 6);
    expect(answer.activeCouriers).toBe(couriers.n);
    expect(answer.activeCouriers).toBe(1);
    expect(answer.restaurantsPendingApproval).toBe(pending.n);
    expect(answer.restaurantsPendingApproval).toBe(1);
    expect(answer.newUsers).toBe(users.n);
    expect(answer.averageRestaurantRating).toBeCloseTo(rating.avg!, 6);
    expect(answer.averageRestaurantRating).toBe(4);
  });

  it('is for admins only, and refuses a window that ends before it starts', async () => {
    const refused = await sg.query(DASHBOARD, { token: partner.token, variables: window() });
    expect(errorCodes(refused)).toContain('FORBIDDEN');
    const backwards = await sg.query(DASHBOARD, { token: admin.token, variables: { from: window().to, to: window().from } });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const redrive = await sg.query('mutation { redriveDeadLetter(id: "menu:019ab2c3-4d5e-7f60-8a1b-000000000001") { id } }', {
      token: customer.token,
    });
    expect(errorCodes(redrive)).toContain('FORBIDDEN');
  });

  it('shows a forced dead letter and redrives it to its consumer exactly once', async () => {
    // A menu item the orders read model never took in: its consumer gave up on the event.
    const itemId = uuidv7();
    const event = newEvent(
      'menu.item.changed',
      {
        itemId,
        revision: 1,
        restaurantId: venue.id,
        name: 'Lost Stew',
        price: 990,
        currency: 'EUR',
        available: true,
        stock: null,
        deleted: false,
      },
      { producer: 'menu', correlationId: 'admin-console-e2e', causationId: null },
    );
    const orders = sg.stack.subgraphs['orders'].dataSource;
    const row = await recordDeadLetter(orders, createLogger('test', 'silent'), {
      consumer: 'orders-menu-read-model',
      payload: event,
      reason: 'forced by the test',
      attempts: 5,
    });
    const id = `orders:${row.id}`;
    const snapshots = async () =>
      (await orders.query<{ n: number }[]>('SELECT count(*)::int AS n FROM menu_item_snapshots WHERE id = $1', [itemId]))[0].n;

    const shown = (await dashboard()).deadLetters.find((letter) => letter.id === id);
    expect(shown).toEqual({
      id,
      subgraph: 'orders',
      eventType: 'menu.item.changed',
      eventId: event.id,
      error: 'forced by the test',
      attempts: 5,
      failedAt: expect.any(String),
      redrivenAt: null,
    });
    expect(await snapshots()).toBe(0);

    const answer = dataOf(
      await sg.query<{ redriveDeadLetter: { id: string; eventType: string } }>(
        'mutation($id: ID!) { redriveDeadLetter(id: $id) { id eventType } }',
        { token: admin.token, variables: { id } },
      ),
      'redriveDeadLetter',
    );
    expect(answer.redriveDeadLetter).toEqual({ id, eventType: 'menu.item.changed' });
    const redriven = await eventually(async () => {
      const letter = (await dashboard()).deadLetters.find((l) => l.id === id);
      if (!letter?.redrivenAt) throw new Error('not redriven yet');
      return letter;
    }, 15_000);
    expect(await snapshots()).toBe(1);

    // A second redrive finds it done: the consumer's handler does not run again.
    dataOf(
      await sg.query('mutation($id: ID!) { redriveDeadLetter(id: $id) { id } }', { token: admin.token, variables: { id } }),
      'redriveDeadLetter',
    );
    await eventually(async () => {
      const [{ n }] = await orders.query<
        {
          n: number;
        }[]
      >("SELECT count(*)::int AS n FROM inbox WHERE consumer = 'orders-dead-letter-redrive'");
      if (n < 2) throw new Error('second request not handled yet');
    }, 15_000);
    expect(await snapshots()).toBe(1);
    expect((await dashboard()).deadLetters.find((l) => l.id === id)?.redrivenAt).toBe(redriven.redrivenAt);
  });

  it('refuses a dead letter id that names no subgraph', async () => {
    const answer = await sg.query('mutation { redriveDeadLetter(id: "nowhere:1") { id } }', { token: admin.token });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('renames, reorders and deletes a menu category; its items stay, uncategorized', async () => {
    const created = dataOf(
      await sg.query<{ createMenuCategory: { id: string } }>(
        'mutation($r: ID!) { createMenuCategory(restaurantId: $r, name: "Soups", position: 1) { id } }',
        { token: partner.token, variables: { r: venue.id } },
      ),
      'createMenuCategory',
    ).createMenuCategory;
    const [soup] = venue.items as [DemoRestaurant['items'][number]];
    dataOf(
      await sg.query('mutation($id: ID!, $c: ID) { updateMenuItem(id: $id, input: { categoryId: $c }) { id } }', {
        token: partner.token,
        variables: { id: soup.id, c: created.id },
      }),
      'updateMenuItem',
    );

    const stranger = await signUp(sg, 'PARTNER', 'Not The Owner');
    const refused = await sg.query('mutation($id: ID!) { updateMenuCategory(id: $id, name: "Mine") { id } }', {
      token: stranger.token,
      variables: { id: created.id },
    });
    expect(errorCodes(refused)).toContain('FORBIDDEN');
    const blank = await sg.query('mutation($id: ID!) { updateMenuCategory(id: $id, name: " ") { id } }', {
      token: partner.token,
      variables: { id: created.id },
    });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });

    const renamed = dataOf(
      await sg.query<{ updateMenuCategory: { name: string; position: number } }>(
        'mutation($id: ID!) { updateMenuCategory(id: $id, name: "Hot soups", position: 7) { name position } }',
        { token: partner.token, variables: { id: created.id } },
      ),
      'updateMenuCategory',
    ).updateMenuCategory;
    expect(renamed).toEqual({ name: 'Hot soups', position: 7 });

    const revisionBefore = (
      await sg.stack.subgraphs['orders'].dataSource.query<
        {
          revision: number;
        }[]
      >('SELECT revision FROM menu_item_snapshots WHERE id = $1', [soup.id])
    )[0].revision;
    dataOf(
      await sg.query('mutation($id: ID!) { deleteMenuCategory(id: $id) }', { token: partner.token, variables: { id: created.id } }),
      'deleteMenuCategory',
    );
    const menu = dataOf(
      await sg.query<{ restaurant: { categories: { id: string }[]; menu: { id: string; category: { id: string } | null }[] } }>(
        'query($id: ID!) { restaurant(id: $id) { categories { id } menu { id category { id } } } }',
        { variables: { id: venue.id } },
      ),
      'restaurant',
    ).restaurant;
    expect(menu.categories.map((c) => c.id)).not.toContain(created.id);
    expect(menu.menu).toContainEqual({ id: soup.id, category: null });
    // The move is a new revision of the item, announced so the orders read model follows it.
    await eventually(async () => {
      const [row] = await sg.stack.subgraphs['orders'].dataSource.query<{ revision: number }[]>(
        'SELECT revision FROM menu_item_snapshots WHERE id = $1',
        [soup.id],
      );
      if (row.revision <= revisionBefore) throw new Error('orders read model has not seen the move yet');
    }, 10_000);
  });
});
