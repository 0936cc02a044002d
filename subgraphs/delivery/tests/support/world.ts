import { uuidv7 } from '@foodgraph/platform/ids';
import type { DeliveryHarness, UserId } from './delivery-harness';
import { user } from './delivery-harness';
import { CREATE_COURIER, ok, SET_AVAILABILITY, UPDATE_LOCATION, type CourierResult } from './operations';

/** The restaurant every test delivers from, and points around it along its meridian. */
export const RESTAURANT_AT = { lat: 52.52, lng: 13.4 };
/** A point `meters` north of the restaurant (1 m ≈ 1/111195 degrees of latitude). */
export const north = (meters: number) => ({ lat: RESTAURANT_AT.lat + meters / 111_195, lng: RESTAURANT_AT.lng });

export interface Venue {
  restaurantId: string;
  owner: UserId;
}

/** Publishes a restaurant as menu would, and waits until delivery has it. */
export async function seedRestaurant(h: DeliveryHarness, location = RESTAURANT_AT): Promise<Venue> {
  const venue = { restaurantId: uuidv7(), owner: user('PARTNER') };
  await h.publish('menu.restaurant.changed', {
    restaurantId: venue.restaurantId,
    revision: 1,
    ownerId: venue.owner.userId,
    name: 'Trattoria Test',
    status: 'ACTIVE',
    acceptingOrders: true,
    openingHours: [],
    timeZone: 'Europe/Berlin',
    address: { line1: 'Hauptstr. 1', line2: null, city: 'Berlin', postalCode: '10115', location },
    currency: 'EUR',
    deliveryFee: 250,
    minimumOrder: 1000,
  });
  await h.waitFor(
    async () => (await h.dataSource.query('SELECT 1 FROM restaurant_snapshots WHERE id = $1', [venue.restaurantId])).length > 0,
    'the restaurant',
  );
  return venue;
}

export interface SeededCourier {
  identity: UserId;
  id: string;
  name: string;
}

/** A COURIER account (as users announces it) with a profile created by the admin, optionally online at `at`. */
export async function seedCourier(
  h: DeliveryHarness,
  name: string,
  options: { at?: { lat: number; lng: number }; available?: boolean; vehicle?: string } = {},
): Promise<SeededCourier> {
  const identity = user('COURIER');
  await h.publish('users.user.registered', {
    userId: identity.userId,
    name,
    email: null,
    role: 'COURIER',
    isGuest: false,
    createdAt: new Date().toISOString(),
  });
  await h.waitFor(
    async () => (await h.dataSource.query('SELECT 1 FROM user_snapshots WHERE id = $1', [identity.userId])).length > 0,
    'the user',
  );
  const created = ok(
    await h.call<{ createCourier: CourierResult }>(h.admin, CREATE_COURIER, {
      input: { userId: identity.userId, name, vehicle: options.vehicle ?? 'BICYCLE' },
    }),
  ).createCourier;
  if (options.at) ok(await h.call(identity, UPDATE_LOCATION, { location: options.at }));
  if (options.available ?? true) ok(await h.call(identity, SET_AVAILABILITY, { available: true }));
  return { identity, id: created.id, name };
}

export interface PlacedOrder {
  orderId: string;
  customer: UserId;
  venue: Venue;
}

const DROPOFF = (location: { lat: number; lng: number }) => ({
  line1: 'Kundenweg 5',
  line2: null,
  city: 'Berlin',
  postalCode: '10117',
  location,
});

/** Publishes an order's placement as orders would. */
export async function placeOrder(h: DeliveryHarness, venue: Venue, dropoffAt: { lat: number; lng: number }): Promise<PlacedOrder> {
  const order = { orderId: uuidv7(), customer: user('CUSTOMER'), venue };
  await h.publish('orders.order.placed', {
    orderId: order.orderId,
    number: '001',
    customerId: order.customer.userId,
    restaurantId: venue.restaurantId,
    stockVersion: 1,
    lines: [{ lineId: uuidv7(), menuItemId: uuidv7(), name: 'Margherita', quantity: 1, unitPrice: 900 }],
    currency: 'EUR',
    subtotal: 900,
    deliveryFee: 250,
    total: 1150,
    paymentMethod: 'CASH_ON_DELIVERY',
    deliveryAddress: DROPOFF(dropoffAt),
    notes: null,
    placedAt: new Date().toISOString(),
  });
  return order;
}

type OrderStatus = 'PLACED' | 'ACCEPTED' | 'PREPARING' | 'READY_FOR_PICKUP' | 'PICKED_UP' | 'DELIVERED' | 'CANCELLED';

/** Publishes one transition of the order as orders would. */
export async function moveOrder(
  h: DeliveryHarness,
  order: PlacedOrder,
  from: OrderStatus,
  to: OrderStatus,
  extra: { estimatedReadyAt?: string | null; reason?: string | null } = {},
): Promise<void> {
  await h.publish('orders.order.status_changed', {
    orderId: order.orderId,
    number: '001',
    customerId: order.customer.userId,
    restaurantId: order.venue.restaurantId,
    from,
    to,
    reason: extra.reason ?? null,
    actorKind: to === 'CANCELLED' ? 'ADMIN' : 'OWNER',
    actorId: null,
    paymentStatus: 'NOT_REQUIRED',
    estimatedReadyAt: extra.estimatedReadyAt ?? null,
    at: new Date().toISOString(),
  });
}

/** The delivery of an order once delivery created it. */
export async function deliveryOf(h: DeliveryHarness, order: PlacedOrder): Promise<string> {
  return h.waitFor(async () => {
    const [row] = await h.dataSource.query<Array<{ id: string }>>('SELECT id FROM deliveries WHERE order_id = $1', [order.orderId]);
    return row?.id;
  }, `the delivery of order ${order.orderId}`);
}

/** Places an order and has the restaurant accept it; resolves with the new delivery's id. */
export async function acceptedOrder(
  h: DeliveryHarness,
  venue: Venue,
  dropoffAt: { lat: number; lng: number },
): Promise<PlacedOrder & { deliveryId: string }> {
  const order = await placeOrder(h, venue, dropoffAt);
  await moveOrder(h, order, 'PLACED', 'ACCEPTED');
  return { ...order, deliveryId: await deliveryOf(h, order) };
}

/** The kitchen finishes the order: PREPARING then READY_FOR_PICKUP; waits until delivery knows. */
export async function orderReady(h: DeliveryHarness, order: PlacedOrder): Promise<void> {
  await moveOrder(h, order, 'ACCEPTED', 'PREPARING');
  await moveOrder(h, order, 'PREPARING', 'READY_FOR_PICKUP');
  await h.waitFor(
    async () =>
      (await h.dataSource.query(`SELECT 1 FROM order_snapshots WHERE id = $1 AND status = 'READY_FOR_PICKUP'`, [order.orderId])).length > 0,
    'the order to be ready',
  );
}

/** The courier an open offer of the delivery is for, once there is one. */
export async function offeredTo(h: DeliveryHarness, deliveryId: string): Promise<string> {
  return h.waitFor(async () => {
    const [row] = await h.dataSource.query<Array<{ courier_id: string }>>(
      `SELECT courier_id FROM delivery_offers WHERE delivery_id = $1 AND status = 'PENDING'`,
      [deliveryId],
    );
    return row?.courier_id;
  }, `an offer of delivery ${deliveryId}`);
}
