import {
  connectLive,
  dataOf,
  errorCodes,
  eventually,
  loginAdmin,
  startSupergraph,
  type LiveClient,
  type SignedIn,
  type TestSupergraph,
} from '@foodgraph/testing';
import { createClient } from 'graphql-sse';
import { NOTIFICATION_ADDED } from './support/notifications';

/*
 * Issue 16, item 3, through the router: an admin disables an account. Its login is refused
 * with FORBIDDEN (the password was right; signing in again cannot help), its refresh token no
 * longer works (disabling ended its sessions), its access token stops once the router's
 * known-user answer expires, and its open graphql-ws connection and SSE stream end. Enabling
 * it again restores login. The router's known-user cache and account re-check run every
 * 200 ms here instead of every 30 s / 15 s, so the test waits in milliseconds.
 */

const AUTH = 'accessToken refreshToken user { id disabled }';
const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) { ${AUTH} } }`;
const LOGIN = `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { ${AUTH} } }`;
const REFRESH = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { ${AUTH} } }`;
const SET_DISABLED = `mutation SetDisabled($userId: ID!, $disabled: Boolean!) { setUserDisabled(userId: $userId, disabled: $disabled) { id disabled } }`;
const ME = `query Me { me { id disabled } }`;

interface Auth {
  accessToken: string;
  refreshToken: string;
  user: { id: string; disabled: boolean };
}

let sg: TestSupergraph;
let admin: SignedIn;
const clients: LiveClient[] = [];
const sseStops: Array<() => void> = [];
const password = 'correct-horse-battery-staple';

const routerStats = () => sg.stack.router.subscriptions!.stats();

async function register(name: string): Promise<Auth & { email: string }> {
  const email = `${name.toLowerCase()}-${Date.now()}@test.foodgraph`;
  const r = await sg.query<{ register: Auth }>(REGISTER, { variables: { input: { email, password, name } } });
  return { ...dataOf(r, 'register').register, email };
}

function setDisabled(userId: string, disabled: boolean, token = admin.token) {
  return sg.query<{ setUserDisabled: { id: string; disabled: boolean } }>(SET_DISABLED, { token, variables: { userId, disabled } });
}

/** `notificationAdded` over SSE as the holder of `token`: the errors it ended with, once it ends. */
function sseWatch(token: string): { errors: unknown[]; ended: boolean } {
  const client = createClient({ url: sg.url, retryAttempts: 0, headers: { authorization: `Bearer ${token}` } });
  const seen = { errors: [] as unknown[], ended: false };
  const stop = client.subscribe(
    { query: NOTIFICATION_ADDED },
    {
      next: (r) => void (r.errors && seen.errors.push(...r.errors)),
      error: (e) => {
        seen.errors.push(e);
        seen.ended = true;
      },
      complete: () => void (seen.ended = true),
    },
  );
  sseStops.push(() => {
    stop();
    client.dispose();
  });
  return seen;
}

beforeAll(async () => {
  sg = await startSupergraph({ router: { knownUserCacheMs: 200, subscriptions: { accountCheckIntervalMs: 200 } } });
  admin = await loginAdmin(sg);
}, 120_000);
afterAll(async () => {
  for (const stop of sseStops) stop();
  await Promise.all(clients.map((c) => c.dispose()));
  await sg?.stop();
});

describe('disabled users through the router', () => {
  it('lets only admins disable accounts, and not their own', async () => {
    const someone = await register('Sam');
    const other = await register('Olga');
    expect(errorCodes(await setDisabled(other.user.id, true, someone.accessToken))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(SET_DISABLED, { variables: { userId: other.user.id, disabled: true } }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await setDisabled(admin.id, true))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await setDisabled('019ab2c3-4d5e-7f60-8a1b-00000000ffff', true))).toEqual(['NOT_FOUND']);
    // `disabled` is the user's own and the admins' to see.
    const me = await sg.query<{ me: { disabled: boolean } }>(ME, { token: other.accessToken });
    expect(dataOf(me, 'me').me.disabled).toBe(false);
  });

  it("refuses a disabled user's login, refresh, access token and live subscriptions; enabling restores login", async () => {
    const dora = await register('Dora');
    const live = connectLive(sg.url, { token: dora.accessToken });
    clients.push(live);
    const ws = live.subscribe(NOTIFICATION_ADDED);
    const sse = sseWatch(dora.accessToken);
    await eventually(() => expect(routerStats().subscriptions).toBe(2), 10_000);

    const disabled = dataOf(await setDisabled(dora.user.id, true), 'setUserDisabled').setUserDisabled;
    expect(disabled).toEqual({ id: dora.user.id, disabled: true });
    // A retried call answers the same and changes nothing.
    expect(dataOf(await setDisabled(dora.user.id, true), 'setUserDisabled again').setUserDisabled).toEqual(disabled);

    // The open connection closes with 4403 and the SSE stream ends with FORBIDDEN.
    await expect(live.closed).resolves.toEqual({ code: 4403, reason: 'This account is disabled' });
    await ws.ended;
    await eventually(() => expect(sse.ended).toBe(true), 5_000);
    expect(sse.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    await eventually(() => expect(routerStats().subscriptions).toBe(0), 5_000);

    // The access token is refused, a new connection with it too.
    await eventually(async () => expect(errorCodes(await sg.query(ME, { token: dora.accessToken }))).toEqual(['UNAUTHENTICATED']), 5_000);
    const again = connectLive(sg.url, { token: dora.accessToken });
    clients.push(again);
    expect((await again.closed).code).toBe(4403);

    const refreshed = await sg.query(REFRESH, { variables: { refreshToken: dora.refreshToken } });
    expect(errorCodes(refreshed)).toEqual(['UNAUTHENTICATED']);
    const refused = await sg.query(LOGIN, { variables: { email: dora.email, password } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.errors?.[0]?.message).toBe('This account is disabled; contact support');
    // A wrong password still gets the one answer that reveals nothing.
    expect(errorCodes(await sg.query(LOGIN, { variables: { email: dora.email, password: 'not-her-password' } }))).toEqual([
      'UNAUTHENTICATED',
    ]);

    expect(dataOf(await setDisabled(dora.user.id, false), 'enable').setUserDisabled).toEqual({ id: dora.user.id, disabled: false });
    const back = dataOf(await sg.query<{ login: Auth }>(LOGIN, { variables: { email: dora.email, password } }), 'login').login;
    expect(back.user).toEqual({ id: dora.user.id, disabled: false });
    expect(dataOf(await sg.query<{ me: { id: string } }>(ME, { token: back.accessToken }), 'me').me.id).toBe(dora.user.id);
    // The sessions disabling ended stay ended: enabling means signing in again.
    expect(errorCodes(await sg.query(REFRESH, { variables: { refreshToken: dora.refreshToken } }))).toEqual(['UNAUTHENTICATED']);
  });
});
