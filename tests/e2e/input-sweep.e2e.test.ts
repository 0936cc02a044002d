import {
  createDemoRestaurant,
  loginAdmin,
  placeOrder,
  signUp,
  startSupergraph,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Every mutation of the public API, called through the router with hostile values in each of
 * its arguments (and each field of its input objects), one at a time, the rest of the call
 * well-formed and sent by a caller its guard lets through, so the bad value reaches the
 * resolvers and the databases. Whatever the answer, it is never INTERNAL_SERVER_ERROR or a 5xx.
 * Values go in variables: a literal is the same argument once the router has parsed it.
 */
const API = buildSchema(readFileSync(resolve(__dirname, '../../schema/api.graphql'), 'utf8'));

const ONE_MB = 'x'.repeat(1_000_000);
/** The hostile values of one kind of leaf. */
const BAD_TEXT: Record<string, string> = { nul: 'a\u0000b', surrogate: 'a\uD800b', '1MB': ONE_MB };
const BAD_INT: Record<string, number> = { negative: -1, min: -2_147_483_648, max: 2_147_483_647 };
const BAD_FLOAT: Record<string, number> = { negative: -1, huge: 1e308, tiny: -1e308 };

type Caller = 'anonymous' | 'customer' | 'partner' | 'courier' | 'admin';
/** Who may run each mutation (everything else: an admin). */
const CALLER: Record<string, Caller> = {
  login: 'anonymous',
  register: 'anonymous',
  refreshSession: 'anonymous',
  logout: 'anonymous',
  startGuestSession: 'anonymous',
  placeOrder: 'customer',
  updateOrderLines: 'customer',
  cancelOrder: 'customer',
  confirmSandboxPayment: 'customer',
  submitReview: 'customer',
  createRestaurant: 'partner',
  createApiKey: 'partner',
  createMenuCategory: 'partner',
  createMenuItem: 'partner',
  updateMenuItem: 'partner',
  deleteMenuItem: 'partner',
  updateRestaurant: 'partner',
  setRestaurantOpen: 'partner',
  acceptOrder: 'partner',
  rejectOrder: 'partner',
  startPreparing: 'partner',
  markOrderReady: 'partner',
  handOverOrder: 'partner',
  setLineStatus: 'partner',
  replyToReview: 'partner',
  acceptDelivery: 'courier',
  declineDelivery: 'courier',
  markPickedUp: 'courier',
  markDelivered: 'courier',
  setCourierAvailability: 'courier',
  updateCourierLocation: 'courier',
};

interface Ids {
  restaurant: string;
  item: string;
  order: string;
  line: string;
  user: string;
}

/** Mutations whose `id` argument is a restaurant's or a menu item's (others: unknown ids). */
const ID_OF: Record<string, keyof Ids> = {
  approveRestaurant: 'restaurant',
  suspendRestaurant: 'restaurant',
  setRestaurantOpen: 'restaurant',
  updateRestaurant: 'restaurant',
  updateMenuItem: 'item',
  deleteMenuItem: 'item',
};

let unique = 0;

/** A well-formed value for a leaf, real ids where the name says which object it is. */
function goodLeaf(mutation: string, name: string, type: GraphQLInputType, ids: Ids): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]?.value;
  switch (named.name) {
    case 'ID':
      if (name === 'id') return ID_OF[mutation] ? ids[ID_OF[mutation]] : randomUUID();
      if (name === 'restaurantId') return ids.restaurant;
      if (name === 'menuItemId') return ids.item;
      if (name === 'orderId') return ids.order;
      if (name === 'lineId') return ids.line;
      if (name === 'userId') return ids.user;
      return randomUUID();
    case 'Int':
      return name === 'dayOfWeek' || name.endsWith('Rating') || name === 'quantity' ? 1 : 10;
    case 'Float':
      return name === 'lat' ? 40 : -75;
    case 'Boolean':
      return true;
    case 'DateTime':
      return new Date().toISOString();
    default: {
      const text: Record<string, string> = {
        email: `sweep-${Date.now()}-${++unique}@test.foodgraph`,
        password: 'correct-horse-battery',
        currency: 'EUR',
        opens: '10:00',
        closes: '22:00',
        timeZone: 'Europe/Berlin',
        idempotencyKey: randomUUID(),
      };
      return text[name] ?? 'sweep';
    }
  }
}

/** A well-formed value of `type`: every field of an input object, one item in a list. */
function good(mutation: string, name: string, type: GraphQLInputType, ids: Ids): unknown {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) return [good(mutation, name, nullable.ofType, ids)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(Object.values(nullable.getFields()).map((f) => [f.name, good(mutation, f.name, f.type, ids)]));
  }
  return goodLeaf(mutation, name, nullable, ids);
}

/** Each leaf of an argument's value: its path (keys and list indexes) and type. */
function leaves(type: GraphQLInputType, path: (string | number)[]): { path: (string | number)[]; type: GraphQLInputType }[] {
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) return leaves(nullable.ofType, [...path, 0]);
  if (isInputObjectType(nullable)) return Object.values(nullable.getFields()).flatMap((f) => leaves(f.type, [...path, f.name]));
  return [{ path, type: nullable }];
}

/** The hostile values for a leaf of `type`. */
function badValues(type: GraphQLInputType, ids: Ids): Record<string, unknown> {
  const named = getNamedType(type);
  if (named.name === 'ID') return { ...BAD_TEXT, 'not an id': 'not-an-id', 'a number': 12345, "another type's id": ids.user };
  if (named.name === 'Int') return BAD_INT;
  if (named.name === 'Float') return BAD_FLOAT;
  if (named.name === 'String' || named.name === 'DateTime') return BAD_TEXT;
  // Booleans and enums: any other value is refused by coercion before anything runs.
  return {};
}

function setIn(target: Record<string | number, unknown>, path: (string | number)[], value: unknown): void {
  let at = target;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = value;
}

interface Call {
  mutation: string;
  field: string;
  kind: string;
  query: string;
  variables: Record<string, unknown>;
  caller: Caller;
}

function callsOf(field: GraphQLField<unknown, unknown>, ids: Ids): Call[] {
  const args: readonly GraphQLArgument[] = field.args;
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `mutation Sweep${args.length ? `(${declared})` : ''} { ${field.name}${args.length ? `(${passed})` : ''}${selection} }`;
  const calls: Call[] = [];
  for (const arg of args) {
    for (const leaf of leaves(arg.type, [arg.name])) {
      for (const [kind, bad] of Object.entries(badValues(leaf.type, ids))) {
        const variables = Object.fromEntries(args.map((a) => [a.name, good(field.name, a.name, a.type, ids)]));
        setIn(variables, leaf.path, bad);
        const name = leaf.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
          .join('')
          .slice(1);
        calls.push({ mutation: field.name, field: name, kind, query, variables, caller: CALLER[field.name] ?? 'admin' });
      }
    }
  }
  // Only booleans and enums: nothing hostile fits them, but the mutation is still called once.
  if (calls.length === 0 && args.length > 0) {
    const variables = Object.fromEntries(args.map((a) => [a.name, good(field.name, a.name, a.type, ids)]));
    calls.push({ mutation: field.name, field: '-', kind: 'well-formed', query, variables, caller: CALLER[field.name] ?? 'admin' });
  }
  return calls;
}

describe('every mutation with hostile input, through the router', () => {
  let sg: TestSupergraph;
  const tokens: Partial<Record<Caller, string>> = {};
  let ids: Ids;

  beforeAll(async () => {
    sg = await startSupergraph();
    const admin = await loginAdmin(sg);
    const [partner, customer, courier] = await Promise.all([signUp(sg, 'PARTNER'), signUp(sg, 'CUSTOMER'), signUp(sg, 'COURIER')]);
    const courierProfile = await sg.query('mutation($input: CreateCourierInput!) { createCourier(input: $input) { id } }', {
      token: admin.token,
      variables: { input: { userId: courier.id, name: 'Sweep Courier', vehicle: 'BICYCLE' } },
    });
    expect(courierProfile.errors).toBeUndefined();
    const restaurant = await createDemoRestaurant(sg, partner, { items: [{ name: 'Soup', price: 900 }] });
    const placed = await placeOrder(sg, customer, {
      restaurantId: restaurant.id,
      lines: [{ menuItemId: restaurant.items[0].id, quantity: 1 }],
    });
    const order = placed.data!.placeOrder;
    ids = { restaurant: restaurant.id, item: restaurant.items[0].id, order: order.id, line: order.lines[0].id, user: customer.id };
    const people: Record<Exclude<Caller, 'anonymous'>, SignedIn> = { admin, partner, customer, courier };
    for (const [who, signedIn] of Object.entries(people)) tokens[who as Caller] = signedIn.token;
  });
  afterAll(() => sg?.stop());

  it('never answers INTERNAL_SERVER_ERROR or a 5xx', async () => {
    const mutations = Object.values(API.getMutationType()!.getFields());
    const calls = mutations.flatMap((m) => callsOf(m, ids));
    const failures: string[] = [];
    const started = Date.now();
    for (const call of calls) {
      const token = tokens[call.caller];
      const r = await sg.query(call.query, { variables: call.variables, ...(token ? { token } : {}) });
      const codes = (r.errors ?? []).map((e) => e.extensions?.['code']);
      if (r.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
        failures.push(
          `${call.mutation} ${call.field} (${call.kind}, as ${call.caller}): HTTP ${r.status} ${JSON.stringify(r.errors).slice(0, 300)}`,
        );
      }
    }
    expect(failures).toEqual([]);
    // The sweep is only a sweep if it covered every mutation.
    expect(new Set(calls.map((c) => c.mutation)).size).toBe(mutations.filter((m) => m.args.length > 0).length);
    expect(Date.now() - started).toBeLessThan(90_000);
  }, 180_000);
});
