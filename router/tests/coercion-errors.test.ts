import { signUp, startSupergraph, type SignedIn, type TestSupergraph } from '@foodgraph/testing';

// Input-coercion errors name the input they are about in `extensions.field` (the contract's
// rule for every input error) and never repeat unbounded input, through the real router and
// subgraphs: the router coerces variables against the supergraph, a subgraph coerces what only
// it can (DateTime), validation reports literals written in the document.

let sg: TestSupergraph;
let customer: SignedIn;
beforeAll(async () => {
  sg = await startSupergraph();
  customer = await signUp(sg, 'CUSTOMER');
});
afterAll(async () => {
  await sg.stop();
});

const PLACE = 'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }';
const LINE = { menuItemId: 'm1', quantity: 1 };
const ORDER = {
  restaurantId: 'r1',
  lines: [LINE],
  deliveryAddress: { line1: '1 Main St', city: 'Berlin', postalCode: '10115' },
  paymentMethod: 'CASH_ON_DELIVERY',
  idempotencyKey: 'k1',
};
const placeWith = (changes: Record<string, unknown>) => ({ input: { ...ORDER, ...changes } });
const EARNINGS = 'query ($from: DateTime!, $to: DateTime!) { myCourierProfile { earnings(from: $from, to: $to) { deliveries } } }';

async function firstError(query: string, variables?: Record<string, unknown>) {
  const res = await sg.query(query, { token: customer.token, ...(variables ? { variables } : {}) });
  // Nothing ran: no data, or (a subgraph's refusal) only the nulls it bubbled up to.
  expect(JSON.stringify(res.data ?? null)).toMatch(/^(null|\{"\w+":null\})$/);
  const error = res.errors?.[0];
  expect(error?.extensions?.['code']).toBe('BAD_USER_INPUT');
  return { error: error!, status: res.status, size: JSON.stringify(res.errors).length };
}

describe('variables that do not coerce', () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    ['an Int over 32 bits', PLACE, placeWith({ lines: [{ ...LINE, quantity: 2 ** 31 }] }), 'input.lines[0].quantity'],
    ['a decimal for an Int', PLACE, placeWith({ lines: [LINE, { ...LINE, quantity: 1.5 }] }), 'input.lines[1].quantity'],
    ['an unknown enum value', PLACE, placeWith({ paymentMethod: 'BITCOIN' }), 'input.paymentMethod'],
    ['null for a non-null input field', PLACE, placeWith({ restaurantId: null }), 'input.restaurantId'],
    [
      'a missing input field',
      PLACE,
      { input: { ...ORDER, deliveryAddress: { line1: 'x', city: 'y' } } },
      'input.deliveryAddress.postalCode',
    ],
    ['an unknown input field', PLACE, placeWith({ coupon: 'FREE' }), 'input.coupon'],
    ['null for a non-null variable', PLACE, { input: null }, 'input'],
    ['an object for an id', 'query ($id: ID!) { order(id: $id) { id } }', { id: { $ne: null } }, 'id'],
    ['a boolean for an id', 'query ($id: ID!) { order(id: $id) { id } }', { id: true }, 'id'],
    ['an invalid DateTime (coerced by the subgraph)', EARNINGS, { from: 'yesterday', to: '2026-01-01T00:00:00Z' }, 'from'],
  ])('%s names the field', async (_what, query, variables, field) => {
    const { error } = await firstError(query, variables);
    expect(error.extensions?.['field']).toBe(field);
  });
});

describe('values written in the document that do not validate', () => {
  it.each<[string, string, string]>([
    ['an Int over 32 bits', '{ restaurants(first: 99999999999) { edges { cursor } } }', 'first'],
    ['an unknown enum value', '{ users(role: WIZARD) { id } }', 'role'],
    ['null for a non-null argument', '{ order(id: null) { id } }', 'id'],
    ['a missing required argument', '{ order { id } }', 'id'],
    [
      'a decimal deep in an input object',
      'mutation { placeOrder(input: { restaurantId: "r", lines: [{ menuItemId: "m", quantity: 1 }, { menuItemId: "m", quantity: 2.5 }], deliveryAddress: { line1: "a", city: "b", postalCode: "c" }, paymentMethod: CASH_ON_DELIVERY, idempotencyKey: "k" }) { id } }',
      'input.lines[1].quantity',
    ],
    [
      'a missing field of an input object',
      'mutation { placeOrder(input: { restaurantId: "r", lines: [], deliveryAddress: { line1: "a", city: "b" }, paymentMethod: CASH_ON_DELIVERY, idempotencyKey: "k" }) { id } }',
      'input.deliveryAddress.postalCode',
    ],
  ])('%s names the field', async (_what, query, field) => {
    const { error, status } = await firstError(query);
    expect(status).toBe(400);
    expect(error.extensions?.['field']).toBe(field);
  });
});

describe('echoed input', () => {
  const huge = 'x'.repeat(1024 * 1024 - 200);

  it('is cut short in a coercion error about a 1 MB value', async () => {
    const { error, size } = await firstError('query ($first: Int) { restaurants(first: $first) { edges { cursor } } }', { first: huge });
    expect(error.extensions?.['field']).toBe('first');
    expect(size).toBeLessThan(2_000);
  });

  it('is cut short in a subgraph error naming a 1 MB id', async () => {
    const res = await sg.query('mutation ($id: ID!) { cancelOrder(orderId: $id) { id } }', {
      token: customer.token,
      variables: { id: huge },
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toMatch(/^Order x{64}… \(\d+ more characters\) was not found$/);
    expect(JSON.stringify(res).length).toBeLessThan(2_000);
  });
});
