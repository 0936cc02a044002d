import {
  connectLive,
  createDemoRestaurant,
  errorCodes,
  freshCpf,
  identifyCustomer,
  login,
  ORDER_FIELDS,
  ORDER_OPS,
  orderMutation,
  orderOf,
  payBySandboxWebhook,
  placeOrder,
  signUp,
  startSupergraph,
  TEST_REDIS_URL,
  waitForOrder,
  type DemoRestaurant,
  type GraphQLResult,
  type LiveClient,
  type SignedIn,
  type TestOrder,
  type TestSupergraph,
} from '@foodgraph/testing';
import { Redis } from 'ioredis';

/*
 * Issue 17, item 6, through the router: a customer registered with a CPF is identified at a
 * kiosk, orders and pays there, follows that order live — and the kiosk session sees nothing else
 * of the account. The order then shows in the customer's own history.
 */

const IDENTIFY =
  'mutation($document: String!) { identifyCustomer(document: $document) { accessToken expiresAt user { id name email document } } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { user { id document } } }';
const ORDER_UPDATED = `subscription($orderId: ID!) { orderUpdated(orderId: $orderId) { id status payment { status } } }`;
const ME = '{ me { id email document } }';
const MY_NOTIFICATIONS = '{ myNotifications(first: 5) { unreadCount } }';
const MY_BASKET = '{ myBasket { id } }';
const SUBMIT_REVIEW = 'mutation($input: SubmitReviewInput!) { submitReview(input: $input) { id } }';
const ORDER_REVIEW = 'query($id: ID!) { order(id: $id) { id review { id } } }';

/** Each test speaks from its own client address: the router trusts loopback as a proxy here. */
let nextAddress = 10;
const from = () => ({ 'x-forwarded-for': `198.51.100.${nextAddress++}` });
const punctuated = (cpf: string) => `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;

describe('kiosk sessions (identifyCustomer), through the router', () => {
  let sg: TestSupergraph;
  let venue: DemoRestaurant;
  let customer: SignedIn;
  let cpf: string;
  let kiosk: SignedIn;
  /** An order the customer placed signed in, before the kiosk. */
  let ownOrder: TestOrder;
  /** The order placed at the kiosk, PLACED once paid there. */
  let kioskOrder: TestOrder;
  const live: LiveClient[] = [];

  beforeAll(async () => {
    sg = await startSupergraph({
      // Delivery has no part in a kiosk's orders before the kitchen accepts them.
      only: ['users', 'menu', 'orders', 'feedback', 'notifications'],
      env: { RATE_LIMIT_IDENTIFY_PER_ADDRESS: '3/15m' },
      router: { trustedProxies: ['loopback'] },
    });
    cpf = freshCpf();
    const owner = await signUp(sg, 'PARTNER');
    [customer, venue] = await Promise.all([
      signUp(sg, 'CUSTOMER', 'Maria Kiosk', { document: punctuated(cpf) }),
      createDemoRestaurant(sg, owner, { items: [{ name: 'Coxinha', price: 700 }] }),
    ]);
    const placed = orderOf(
      await placeOrder(sg, customer, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 1 }] }),
      'placeOrder',
    );
    ownOrder = await waitForOrder(sg, customer, placed.id, 'AWAITING_PAYMENT');
    expect((await payBySandboxWebhook(sg, ownOrder)).status).toBe(200);
    kiosk = await identifyCustomer(sg, cpf, { headers: from() });
  }, 120_000);

  afterAll(async () => {
    await Promise.all(live.map((c) => c.dispose()));
    if (sg) await deleteRateLimitCounters(sg.namespace);
    await sg?.stop();
  });

  it('identifies the customer by their CPF, punctuated or not, with a session of 15 minutes that shows only their name', async () => {
    const r = await sg.query<{ identifyCustomer: { expiresAt: string; user: Record<string, unknown> } }>(IDENTIFY, {
      variables: { document: punctuated(cpf) },
      headers: from(),
    });
    expect(r.errors).toBeUndefined();
    const session = r.data!.identifyCustomer;
    expect(session.user).toEqual({ id: customer.id, name: 'Maria Kiosk', email: null, document: null });
    const minutes = (new Date(session.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
  });

  it('orders and pays in the kiosk session, and follows the order live until it is PLACED', async () => {
    const placed = orderOf(
      await placeOrder(sg, kiosk, { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 2 }] }),
      'placeOrder (kiosk)',
    );
    expect(placed.customer.id).toBe(customer.id);
    const awaiting = await waitForOrder(sg, kiosk, placed.id, 'AWAITING_PAYMENT');
    expect(awaiting.payment.qrCode).toEqual(expect.any(String));

    const client = connectLive(sg.url, { token: kiosk.token });
    live.push(client);
    const updates = client.subscribe<{ orderUpdated: { status: string } }>(ORDER_UPDATED, { orderId: placed.id });
    // The kiosk's screen shows the QR; the sandbox's "pay" stands in for the customer's phone.
    const paid = await orderMutation(sg, kiosk, 'confirmSandboxPayment', { orderId: placed.id });
    expect(paid.errors).toBeUndefined();
    await updates.waitForData((d) => d.orderUpdated.status === 'PLACED');
    kioskOrder = await waitForOrder(sg, kiosk, placed.id, 'PLACED');
  });

  it("cannot read the customer's other orders, history, profile, notifications, basket or reviews", async () => {
    const other = await sg.query(ORDER_OPS.read, { token: kiosk.token, variables: { id: ownOrder.id } });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ORDER_OPS.myOrders, { token: kiosk.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ME, { token: kiosk.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(MY_NOTIFICATIONS, { token: kiosk.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(MY_BASKET, { token: kiosk.token }))).toEqual(['FORBIDDEN']);
    const review = await sg.query(SUBMIT_REVIEW, {
      token: kiosk.token,
      variables: { input: { orderId: kioskOrder.id, restaurantRating: 5 } },
    });
    expect(errorCodes(review)).toEqual(['FORBIDDEN']);
    const reviewOfOrder = await sg.query<{ order: { review: unknown } | null }>(ORDER_REVIEW, {
      token: kiosk.token,
      variables: { id: kioskOrder.id },
    });
    expect(reviewOfOrder.data?.order?.review ?? null).toBeNull();
    // Nor may it change or cancel what it ordered: that is the signed-in customer's.
    expect(errorCodes(await orderMutation(sg, kiosk, 'cancel', { orderId: kioskOrder.id }))).toEqual(['FORBIDDEN']);
  });

  it('is a different session from another kiosk identification of the same customer', async () => {
    const elsewhere = await identifyCustomer(sg, cpf, { headers: from() });
    const r = await sg.query(ORDER_OPS.read, { token: elsewhere.token, variables: { id: kioskOrder.id } });
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
  });

  it("shows the kiosk order in the customer's history once they sign in normally", async () => {
    const signedIn = await login(sg, customer.email, 'correct-horse-battery');
    const r = await sg.query<{ myOrders: { edges: { node: { id: string } }[] } }>(ORDER_OPS.myOrders, { token: signedIn.token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.myOrders.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([kioskOrder.id, ownOrder.id]));
    const full = await sg.query<{ order: TestOrder }>(`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, {
      token: signedIn.token,
      variables: { id: kioskOrder.id },
    });
    expect(full.data!.order.status).toBe('PLACED');
  });

  it('answers NOT_FOUND for an unknown CPF, names document for a malformed one, and input.document on register', async () => {
    const headers = from();
    expect(errorCodes(await sg.query(IDENTIFY, { variables: { document: freshCpf() }, headers }))).toEqual(['NOT_FOUND']);
    const bad = await sg.query(IDENTIFY, { variables: { document: '123.456.789-00' }, headers: from() });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'document' });
    const input = { email: `bad-cpf-${Date.now()}@test.foodgraph`, password: 'correct-horse-battery', name: 'Bad' };
    const badRegister = await sg.query(REGISTER, { variables: { input: { ...input, document: '111.111.111-11' } }, headers: from() });
    expect(badRegister.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.document' });
    const taken = await sg.query(REGISTER, { variables: { input: { ...input, document: cpf } }, headers: from() });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.document' });
  });

  it('limits identifications per client address, known CPF or not, and says when to retry', async () => {
    const headers = from();
    expect(errorCodes(await sg.query(IDENTIFY, { variables: { document: freshCpf() }, headers }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(IDENTIFY, { variables: { document: freshCpf() }, headers }))).toEqual(['NOT_FOUND']);
    expect((await sg.query(IDENTIFY, { variables: { document: cpf }, headers })).errors).toBeUndefined();
    const limited: GraphQLResult<unknown> = await sg.query(IDENTIFY, { variables: { document: cpf }, headers });
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0].extensions!['retryAfter']).toEqual(expect.any(Number));
    // Another kiosk (address) is not affected.
    expect((await sg.query(IDENTIFY, { variables: { document: cpf }, headers: from() })).errors).toBeUndefined();
  });
});

/** Removes this stack's rate-limit counters from the shared Redis. */
async function deleteRateLimitCounters(namespace: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys(`${namespace}:rate-limit:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}
