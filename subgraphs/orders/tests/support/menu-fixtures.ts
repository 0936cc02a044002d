import type { Identity } from '@foodgraph/platform/auth';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { OrdersHarness } from './orders-harness';
import { user } from './orders-harness';

/** A restaurant the read model knows, with its owner and two dishes. */
export interface Venue {
  restaurantId: string;
  owner: Extract<Identity, { kind: 'user' }>;
  pizzaId: string;
  saladId: string;
  revision: number;
}

const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '24:00' }));

/** Publishes a restaurant and its menu as menu would, and waits until orders has them. */
export async function seedVenue(
  h: OrdersHarness,
  overrides: { status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_APPROVAL'; acceptingOrders?: boolean; minimumOrder?: number } = {},
): Promise<Venue> {
  const venue: Venue = { restaurantId: uuidv7(), owner: user('PARTNER'), pizzaId: uuidv7(), saladId: uuidv7(), revision: 1 };
  await publishRestaurant(h, venue, overrides);
  await publishItem(h, venue, venue.pizzaId, { name: 'Margherita', price: 900, revision: 1 });
  await publishItem(h, venue, venue.saladId, { name: 'Salad', price: 650, revision: 1 });
  await h.waitFor(async () => {
    const [row] = await h.dataSource.query('SELECT count(*)::int AS n FROM menu_item_snapshots WHERE restaurant_id = $1', [
      venue.restaurantId,
    ]);
    return row.n === 2;
  }, 'the read model to have the venue');
  return venue;
}

export async function publishRestaurant(
  h: OrdersHarness,
  venue: Venue,
  overrides: {
    status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_APPROVAL';
    acceptingOrders?: boolean;
    minimumOrder?: number;
    revision?: number;
  } = {},
): Promise<void> {
  await h.publish('menu.restaurant.changed', {
    restaurantId: venue.restaurantId,
    revision: overrides.revision ?? venue.revision,
    ownerId: venue.owner.userId,
    name: 'Trattoria Test',
    status: overrides.status ?? 'ACTIVE',
    acceptingOrders: overrides.acceptingOrders ?? true,
    openingHours: ALWAYS_OPEN,
    timeZone: 'Europe/Berlin',
    address: { line1: 'Hauptstr. 1', line2: null, city: 'Berlin', postalCode: '10115', location: { lat: 52.53, lng: 13.38 } },
    currency: 'EUR',
    deliveryFee: 250,
    minimumOrder: overrides.minimumOrder ?? 1000,
  });
}

export async function publishItem(
  h: OrdersHarness,
  venue: Venue,
  itemId: string,
  item: { name: string; price: number; revision: number; available?: boolean; restaurantId?: string },
): Promise<void> {
  await h.publish('menu.item.changed', {
    itemId,
    revision: item.revision,
    restaurantId: item.restaurantId ?? venue.restaurantId,
    name: item.name,
    price: item.price,
    currency: 'EUR',
    available: item.available ?? true,
    stock: null,
    deleted: false,
  });
}

export const ADDRESS = { line1: 'Kundenweg 5', city: 'Berlin', postalCode: '10117', location: { lat: 52.52, lng: 13.39 } };

/** A valid `placeOrder` input for `venue` (2 pizzas and a salad: 24.50 + 2.50 fee). */
export function orderInput(venue: Venue, overrides: Record<string, unknown> = {}) {
  return {
    restaurantId: venue.restaurantId,
    lines: [
      { menuItemId: venue.pizzaId, quantity: 2, notes: 'well done' },
      { menuItemId: venue.saladId, quantity: 1 },
    ],
    deliveryAddress: ADDRESS,
    paymentMethod: 'QR_CODE',
    idempotencyKey: uuidv7(),
    ...overrides,
  };
}
