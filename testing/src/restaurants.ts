import { DataSource } from 'typeorm';
import type { SignedIn } from './accounts';
import { loginAdmin } from './accounts';
import { eventually } from './eventually';
import { dataOf } from './results';
import { TEST_DATABASE_URL, type TestSupergraph } from './start-supergraph';

/** A menu item to create: `stock` null (the default) is unlimited. */
export interface DemoItemSpec {
  name: string;
  price: number;
  stock?: number | null;
}

export interface DemoRestaurantSpec {
  name?: string;
  items: readonly DemoItemSpec[];
  /** Minor units. @default 500 */
  minimumOrder?: number;
  /** Minor units. @default 250 */
  deliveryFee?: number;
  currency?: string;
}

export interface DemoRestaurant {
  id: string;
  name: string;
  owner: SignedIn;
  currency: string;
  deliveryFee: number;
  items: { id: string; name: string; price: number; stock: number | null }[];
}

const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '24:00' }));
let counter = 0;

/**
 * A restaurant as the platform's users make one, through the router: `partner` creates it
 * (open all day), an admin approves it, the partner adds the items. Resolves once the orders
 * subgraph's read model (fed by menu events) has it, so `placeOrder` can be called at once.
 */
export async function createDemoRestaurant(sg: TestSupergraph, partner: SignedIn, spec: DemoRestaurantSpec): Promise<DemoRestaurant> {
  const name = spec.name ?? `Test Kitchen ${++counter}`;
  const currency = spec.currency ?? 'EUR';
  const deliveryFee = spec.deliveryFee ?? 250;
  const created = await sg.query<{ createRestaurant: { id: string } }>(
    'mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }',
    {
      token: partner.token,
      variables: {
        input: {
          name,
          cuisines: ['test'],
          address: { line1: 'Kitchen Lane 1', city: 'Springfield', postalCode: '12345', location: { lat: 40.0, lng: -75.0 } },
          openingHours: ALL_DAY,
          deliveryFee,
          minimumOrder: spec.minimumOrder ?? 500,
          currency,
        },
      },
    },
  );
  const id = dataOf(created, 'createRestaurant').createRestaurant.id;
  const admin = await loginAdmin(sg);
  dataOf(
    await sg.query('mutation($id: ID!) { approveRestaurant(id: $id) { id } }', { token: admin.token, variables: { id } }),
    'approveRestaurant',
  );
  const items: DemoRestaurant['items'] = [];
  for (const item of spec.items) {
    const r = await sg.query<{ createMenuItem: { id: string } }>(
      'mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }',
      {
        token: partner.token,
        variables: { input: { restaurantId: id, name: item.name, price: item.price, stock: item.stock ?? null } },
      },
    );
    items.push({
      id: dataOf(r, `createMenuItem ${item.name}`).createMenuItem.id,
      name: item.name,
      price: item.price,
      stock: item.stock ?? null,
    });
  }
  await waitForOrdersReadModel(sg.namespace, id, items.length);
  return { id, name, owner: partner, currency, deliveryFee, items };
}

/**
 * Waits until the orders subgraph's local copy of the menu has the restaurant ACTIVE with
 * `itemCount` items. The copy is fed asynchronously by menu's events and has no GraphQL
 * surface, so this one setup step peeks into the `<namespace>_orders` database; every
 * assertion of the tests still goes through the router.
 */
export async function waitForOrdersReadModel(
  namespace: string,
  restaurantId: string,
  itemCount: number,
  timeoutMs = 15_000,
): Promise<void> {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${namespace}_orders`;
  const db = new DataSource({ type: 'postgres', url: url.toString(), poolSize: 1 });
  await db.initialize();
  try {
    await eventually(
      async () => {
        const rows = await db.query<{ active: boolean; items: number }[]>(
          `SELECT EXISTS (SELECT 1 FROM restaurant_snapshots WHERE id = $1 AND status = 'ACTIVE') AS active,
                  (SELECT count(*)::int FROM menu_item_snapshots WHERE restaurant_id = $1 AND available) AS items`,
          [restaurantId],
        );
        if (!rows[0]?.active || rows[0].items !== itemCount)
          throw new Error(`the orders read model does not have restaurant ${restaurantId} yet: ${JSON.stringify(rows[0])}`);
      },
      timeoutMs,
      25,
    );
  } finally {
    await db.destroy();
  }
}

/** The item's `stock` as anyone sees it through the router (null = unlimited). */
export async function menuItemStock(sg: TestSupergraph, itemId: string): Promise<number | null> {
  const r = await sg.query<{ menuItem: { stock: number | null } | null }>('query($id: ID!) { menuItem(id: $id) { stock } }', {
    variables: { id: itemId },
  });
  const item = dataOf(r, 'menuItem').menuItem;
  if (!item) throw new Error(`menu item ${itemId} not found`);
  return item.stock;
}
