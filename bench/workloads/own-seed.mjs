// Tops the demo data up to a listing worth measuring: the demo seed has two restaurants, a
// listing page has twenty. Everything goes through the public API as the demo partner and
// admin (the demo seed created them), and it is idempotent: a second run adds nothing.
import { DEMO_LOGINS } from '@foodgraph/stack';

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const CUISINES = [['italian'], ['japanese', 'sushi'], ['indian', 'curry'], ['mexican'], ['thai', 'noodles'], ['greek']];

/** One GraphQL request; the whole answer, errors included. */
export async function attempt(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** One GraphQL request that must succeed; its data. */
export async function call(url, query, variables, token) {
  const out = await attempt(url, query, variables, token);
  if (!out.data || out.errors?.length) throw new Error(`bench seed: ${JSON.stringify(out.errors ?? out).slice(0, 500)}`);
  return out.data;
}

/** An access token of one of the demo logins. */
export async function login(url, who) {
  const data = await call(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
    e: who.email,
    p: who.password,
  });
  return data.login.accessToken;
}

function restaurantInput(n) {
  return {
    name: `Bench Kitchen ${String(n).padStart(2, '0')}`,
    description: `Benchmark restaurant number ${n}.`,
    cuisines: CUISINES[n % CUISINES.length],
    address: {
      line1: `Benchstrasse ${n}`,
      city: 'Demo City',
      postalCode: '10003',
      location: { lat: 52.5 + n / 1000, lng: 13.4 + n / 1000 },
    },
    openingHours: EVERY_DAY.map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '23:59' })),
    deliveryFee: 100 + n * 10,
    minimumOrder: 1000,
    currency: 'EUR',
  };
}

/** Ensures at least `total` approved restaurants, each new one with 2 categories × 4 items. */
export async function seedBenchRestaurants(url, total) {
  const listed = await call(url, 'query($n: Int!) { restaurants(first: $n) { edges { node { id } } } }', { n: Math.min(100, total) });
  const missing = total - listed.restaurants.edges.length;
  if (missing <= 0) return 0;
  const partner = await login(url, DEMO_LOGINS.partner);
  const admin = await login(url, DEMO_LOGINS.admin);
  for (let i = 0; i < missing; i++) {
    const n = listed.restaurants.edges.length + i + 1;
    const { createRestaurant } = await call(
      url,
      'mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }',
      { input: restaurantInput(n) },
      partner,
    );
    for (const [position, name] of ['Mains', 'Sides'].entries()) {
      const { createMenuCategory } = await call(
        url,
        'mutation($r: ID!, $n: String!, $p: Int) { createMenuCategory(restaurantId: $r, name: $n, position: $p) { id } }',
        { r: createRestaurant.id, n: name, p: position },
        partner,
      );
      for (let k = 1; k <= 4; k++) {
        const item = {
          restaurantId: createRestaurant.id,
          categoryId: createMenuCategory.id,
          name: `${name} ${k}`,
          description: `${name} dish ${k}.`,
          price: 500 + 100 * k,
          tags: k % 2 ? ['vegetarian'] : [],
        };
        await call(url, 'mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }', { input: item }, partner);
      }
    }
    await call(url, 'mutation($id: ID!) { approveRestaurant(id: $id) { id } }', { id: createRestaurant.id }, admin);
  }
  return missing;
}
