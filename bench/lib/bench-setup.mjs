// What the orders bench sets up through a platform's router before it measures: partners with
// restaurants and unlimited items, couriers online next to them (lifecycle mode), and one
// guest session per customer.
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { gql } from './live-orders.mjs';

/** Every restaurant and every customer are here; couriers wait at the same spot. */
export const ADDRESS = { line1: 'Bench Street 1', city: 'Springfield', postalCode: '12345', location: { lat: 40.01, lng: -75.01 } };

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`;
export const login = async (url, email, password) => (await gql(url, LOGIN, { e: email, p: password })).login.accessToken;

/** Retries `fn` while it throws (a read model that has not caught up yet), up to `timeoutMs`. */
export async function eventually(fn, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() > until) throw err;
      await sleep(200);
    }
  }
}

async function staff(url, admin, role, name) {
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@bench.foodgraph`;
  const password = randomBytes(12).toString('hex');
  const { id } = (
    await gql(
      url,
      `mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { email, password, name, role } },
      admin,
    )
  ).createStaffAccount;
  return { id, token: await login(url, email, password) };
}

/** `count` partners, each with one approved restaurant of three unlimited items. */
export async function setUpRestaurants(platform, count) {
  const { url } = platform;
  const admin = await login(url, platform.admin.email, platform.admin.password);
  const restaurants = [];
  for (let i = 0; i < count; i++) {
    const partner = await staff(url, admin, 'PARTNER', `Bench partner ${i}`);
    const input = {
      name: `Bench Kitchen ${i}`,
      cuisines: ['bench'],
      address: ADDRESS,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '24:00' })),
      deliveryFee: 250,
      minimumOrder: 500,
      currency: 'EUR',
    };
    const { id } = (
      await gql(url, `mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }`, { input }, partner.token)
    ).createRestaurant;
    await gql(url, `mutation($id: ID!) { approveRestaurant(id: $id) { id } }`, { id }, admin);
    const items = [];
    for (const [name, price] of [
      ['Noodles', 1100],
      ['Dumplings', 800],
      ['Tea', 350],
    ]) {
      const created = await gql(
        url,
        `mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }`,
        { input: { restaurantId: id, name, price } },
        partner.token,
      );
      items.push(created.createMenuItem.id);
    }
    restaurants.push({ id, items, partner: partner.token });
  }
  // The orders read model learns the restaurants from menu's events: wait until each takes orders.
  const probe = await guest(url, 'probe');
  for (const r of restaurants) {
    await eventually(() => gql(url, PLACE, { input: orderInput(r, 'CASH_ON_DELIVERY') }, probe), 60_000);
  }
  return { admin, restaurants };
}

/** `count` couriers with profiles, online at the restaurants; eight set up at a time (each login hashes a password). */
export async function setUpCouriers(platform, admin, count) {
  const { url } = platform;
  const one = async (i) => {
    const account = await staff(url, admin, 'COURIER', `Bench courier ${i}`);
    // Delivery learns of the account from users' events.
    const { id } = (
      await eventually(() =>
        gql(
          url,
          'mutation($input: CreateCourierInput!) { createCourier(input: $input) { id } }',
          { input: { userId: account.id, name: `Bench courier ${i}`, vehicle: 'BICYCLE' } },
          admin,
        ),
      )
    ).createCourier;
    await gql(
      url,
      'mutation($at: GeoPointInput!) { updateCourierLocation(location: $at) { id } }',
      { at: ADDRESS.location },
      account.token,
    );
    await gql(url, 'mutation { setCourierAvailability(available: true) { id } }', {}, account.token);
    return { id, token: account.token };
  };
  const couriers = [];
  for (let i = 0; i < count; i += 8) {
    couriers.push(...(await Promise.all(Array.from({ length: Math.min(8, count - i) }, (_, j) => one(i + j)))));
  }
  return couriers;
}

export const guest = async (url, i) =>
  (await gql(url, `mutation($n: String) { startGuestSession(name: $n) { accessToken } }`, { n: `Bench guest ${i}` })).startGuestSession
    .accessToken;

export const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id status } }`;

/** Two lines of one of the restaurant's items and one of the others, as a random customer picks. */
export function orderInput(r, paymentMethod = 'QR_CODE') {
  return {
    restaurantId: r.id,
    lines: [
      { menuItemId: r.items[0], quantity: 1 },
      { menuItemId: r.items[1 + Math.floor(Math.random() * 2)], quantity: 2 },
    ],
    deliveryAddress: ADDRESS,
    paymentMethod,
    idempotencyKey: randomUUID(),
  };
}
