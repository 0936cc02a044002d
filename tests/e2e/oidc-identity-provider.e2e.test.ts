import { signRouterRequest, ANONYMOUS } from '@foodgraph/platform/auth';
import {
  connectLive,
  createDemoRestaurant,
  dataOf,
  errorCodes,
  eventually,
  loginAdmin,
  orderMutation,
  placeOrder,
  signUp,
  startOidcIssuer,
  startSupergraph,
  waitForOrdersReadModel,
  type DemoRestaurant,
  type OidcIssuer,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createClient } from 'graphql-sse';
import { randomUUID } from 'node:crypto';

/*
 * Issue 17, item 7, through the router: a local OpenID Connect issuer (RS256 keys, Keycloak-
 * shaped tokens) beside foodgraph's own tokens. Its customer is provisioned just in time, once
 * even under concurrent first requests, and orders; `manager` maps to ADMIN; a token of another
 * issuer, of another audience or with an unmapped role is refused; after the issuer rotates its
 * key, new tokens work and tokens of the removed key are refused. The JWKS cooldown is 0 here
 * (30 s by default), so a rotation is seen on the next token.
 */

const ME = 'query Me { me { id name email role } }';
const USERS = 'query Users { users(first: 5) { id } }';

let sg: TestSupergraph;
let idp: OidcIssuer;
let venue: DemoRestaurant;

beforeAll(async () => {
  idp = await startOidcIssuer();
  // Identity is the subject here, not messaging: the in-process bus keeps the file fast.
  sg = await startSupergraph({
    bus: 'in-process',
    env: {
      OIDC_ISSUER: idp.issuer,
      OIDC_AUDIENCE: idp.audience,
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      OIDC_ROLE_MAP: 'customer:CUSTOMER,manager:ADMIN',
      OIDC_CLIENT_ID: 'foodgraph-web',
      OIDC_DISPLAY_NAME: 'Test Realm',
      OIDC_JWKS_COOLDOWN: '0s',
    },
    // Account answers (the provisioning's included) are reused 200 ms instead of 30 s.
    router: { knownUserCacheMs: 200 },
  });
  const partner = await signUp(sg, 'PARTNER');
  venue = await createDemoRestaurant(sg, partner, { name: 'Realm Kitchen', items: [{ name: 'Soup', price: 700 }] });
  await waitForOrdersReadModel(sg.namespace, venue.id, venue.items.length);
}, 120_000);
afterAll(async () => {
  await sg?.stop();
  await idp?.stop();
});

const me = (token: string) => sg.query<{ me: { id: string; name: string; email: string | null; role: string } }>(ME, { token });
const accountsOf = async (subject: string) =>
  Number(
    (
      await sg.stack.subgraphs['users'].dataSource.query<{ n: string }[]>(
        `SELECT count(*) AS n FROM external_identities WHERE issuer = $1 AND subject = $2`,
        [idp.issuer, subject],
      )
    )[0]?.n,
  );

it('provisions a first-seen customer once under concurrent first requests, and lets them order and follow it live', async () => {
  const sub = randomUUID();
  const token = idp.mint({ sub, name: 'Ana Realm', email: `ana-${sub}@realm.test`, roles: ['customer', 'offline_access'] });
  const answers = await Promise.all(Array.from({ length: 8 }, () => me(token)));
  const ids = new Set(answers.map((r) => dataOf(r, 'me').me.id));
  expect(ids.size).toBe(1);
  expect(dataOf(answers[0], 'me').me).toMatchObject({ name: 'Ana Realm', email: `ana-${sub}@realm.test`, role: 'CUSTOMER' });
  expect(await accountsOf(sub)).toBe(1);

  const placed = await placeOrder(
    sg,
    { id: [...ids][0], email: '', token },
    { restaurantId: venue.id, lines: [{ menuItemId: venue.items[0].id, quantity: 2 }] },
  );
  expect(placed.errors).toBeUndefined();
  const orderId = placed.data!.placeOrder.id;

  // graphql-ws `connection_init` and SSE take the provider's token like an HTTP request does.
  const UPDATED = 'subscription Updated($orderId: ID!) { orderUpdated(orderId: $orderId) { status } }';
  const live = connectLive(sg.url, { token });
  const sse = createClient({ url: sg.url, retryAttempts: 0, headers: { authorization: `Bearer ${token}` } });
  const overSse: string[] = [];
  const sseErrors: unknown[] = [];
  const stopSse = sse.subscribe<{ orderUpdated: { status: string } }>(
    { query: UPDATED, variables: { orderId } },
    {
      next: (r) => void (r.data ? overSse.push(r.data.orderUpdated.status) : sseErrors.push(r.errors)),
      error: (e) => void sseErrors.push(e),
      complete: () => undefined,
    },
  );
  try {
    const updates = live.subscribe<{ orderUpdated: { status: string } }>(UPDATED, { orderId });
    // Both subscribed (and so past their credentials) before the order changes.
    await eventually(() => expect(sg.stack.router.subscriptions!.stats().subscriptions).toBe(2), 10_000);
    expect(errorCodes(await orderMutation(sg, { id: '', email: '', token }, 'cancel', { orderId, reason: 'changed my mind' }))).toEqual([]);
    await updates.waitForData((d) => d.orderUpdated.status === 'CANCELLED');
    await eventually(() => expect(overSse).toContain('CANCELLED'), 5_000);
    expect(sseErrors).toEqual([]);
  } finally {
    stopSse();
    sse.dispose();
    await live.dispose();
  }
});

it('creates one account when first requests race on several routers (straight to the users subgraph, no router cache)', async () => {
  const subject = randomUUID();
  const url = new URL('/internal/users/provision', sg.stack.subgraphs['users'].url).href;
  const provision = async () => {
    const body = JSON.stringify({ issuer: idp.issuer, subject, role: 'CUSTOMER', name: 'Racer', email: `racer-${subject}@realm.test` });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRouterRequest(sg.routerSecret, ANONYMOUS, randomUUID(), body) },
      body,
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { userId: string }).userId;
  };
  const ids = await Promise.all(Array.from({ length: 10 }, provision));
  expect(new Set(ids).size).toBe(1);
  expect(await accountsOf(subject)).toBe(1);
});

it('provisions only for the router: an unsigned call is refused, and STAFF cannot come from a provider', async () => {
  const url = new URL('/internal/users/provision', sg.stack.subgraphs['users'].url).href;
  const body = JSON.stringify({ issuer: idp.issuer, subject: randomUUID(), role: 'ADMIN', name: 'Mallory' });
  expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(403);
  const staff = JSON.stringify({ issuer: idp.issuer, subject: randomUUID(), role: 'STAFF', name: 'Cook' });
  const signed = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signRouterRequest(sg.routerSecret, ANONYMOUS, randomUUID(), staff) },
    body: staff,
  });
  expect(signed.status).toBe(400);
});

it('follows the provider’s role changes, and refuses the person once an admin disables the account', async () => {
  const sub = randomUUID();
  const userId = dataOf(await me(idp.mint({ sub, roles: ['customer'] })), 'me').me.id;
  expect(dataOf(await me(idp.mint({ sub, roles: ['customer', 'manager'] })), 'me').me).toMatchObject({ id: userId, role: 'ADMIN' });
  const admin = await loginAdmin(sg);
  const disabled = await sg.query('mutation($userId: ID!) { setUserDisabled(userId: $userId, disabled: true) { id } }', {
    token: admin.token,
    variables: { userId },
  });
  expect(errorCodes(disabled)).toEqual([]);
  await eventually(async () => {
    const refused = await me(idp.mint({ sub, roles: ['customer'] }));
    expect(refused.status).toBe(401);
  }, 5_000);
});

it('maps the provider role `manager` to ADMIN, who may run an admin query a customer may not', async () => {
  const manager = idp.mint({ name: 'Mia Manager', roles: ['manager'] });
  expect(dataOf(await me(manager), 'me').me.role).toBe('ADMIN');
  expect(errorCodes(await sg.query(USERS, { token: manager }))).toEqual([]);
  expect(errorCodes(await sg.query(USERS, { token: idp.mint({ roles: ['customer'] }) }))).toEqual(['FORBIDDEN']);
});

it('refuses a token of another issuer, of another audience, claiming our issuer with a foreign key, or with no mapped role', async () => {
  const other = await startOidcIssuer({ audience: idp.audience });
  try {
    const foreign = await me(other.mint({ roles: ['customer'] }));
    expect(foreign.status).toBe(401);
    expect(errorCodes(foreign)).toEqual(['UNAUTHENTICATED']);
    // Signed by the other issuer's key while naming ours: its kid is not in our issuer's JWKS.
    const impostor = await me(other.mint({ roles: ['manager'], extra: { iss: idp.issuer } }));
    expect(impostor.status).toBe(401);
    expect(errorCodes(impostor)).toEqual(['UNAUTHENTICATED']);
  } finally {
    await other.stop();
  }
  const elsewhere = await me(idp.mint({ aud: 'another-service', azp: 'another-client' }));
  expect(elsewhere.status).toBe(401);
  expect(errorCodes(elsewhere)).toEqual(['UNAUTHENTICATED']);
  // Genuine, but the platform has nothing for this role: signing in again would not help.
  const visitor = await me(idp.mint({ roles: ['visitor'] }));
  expect(visitor.status).toBe(403);
  expect(errorCodes(visitor)).toEqual(['FORBIDDEN']);
  const expired = await me(idp.mint({ ttlSeconds: -120 }));
  expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
});

it('after the issuer rotates its key, accepts tokens of the new key and refuses those of the removed one', async () => {
  const sub = randomUUID();
  const before = idp.mint({ sub, name: 'Rotating Rita' });
  const userId = dataOf(await me(before), 'me').me.id;
  const oldKid = idp.kids[0];
  idp.rotateKey();
  expect(idp.kids).not.toContain(oldKid);
  const after = idp.mint({ sub, name: 'Rotating Rita' });
  expect(dataOf(await me(after), 'me').me.id).toBe(userId);
  const stale = await me(before);
  expect(stale.status).toBe(401);
  expect(errorCodes(stale)).toEqual(['UNAUTHENTICATED']);
  // Minted now, but with the key the issuer no longer publishes.
  expect(errorCodes(await me(idp.mint({ sub }, { kid: oldKid })))).toEqual(['UNAUTHENTICATED']);
});

it('keeps foodgraph’s own tokens working beside the provider’s', async () => {
  const customer = await signUp(sg, 'CUSTOMER');
  expect(dataOf(await me(customer.token), 'me').me.id).toBe(customer.id);
});

it('tells the web app which provider to offer in /app-config.json', async () => {
  const config = (await (await fetch(new URL('/app-config.json', sg.url))).json()) as { identityProvider: unknown };
  expect(config.identityProvider).toEqual({ issuer: idp.issuer, clientId: 'foodgraph-web', displayName: 'Test Realm' });
});
