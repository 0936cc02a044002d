import { keysFromJwks, signRouterRequest, verifyAccessToken } from '@foodgraph/platform/auth';
import { createLogger } from '@foodgraph/platform/logging';
import { createUsersSubgraph, readUsersConfig } from '../src';
import { ROUTER_SECRET, firstError, startUsersHarness, type UsersHarness } from './support/users-harness';
import { GUEST, LOGIN, LOGOUT, ME, REFRESH, REGISTER, type AuthResultData, type UserResult } from './support/operations';

let h: UsersHarness;
beforeAll(async () => {
  h = await startUsersHarness({ ACCESS_TOKEN_TTL: '10m' });
  await h.call(REGISTER, { input: { email: 'sam@example.com', password: 'sam password 123', name: 'Sam' } });
});
afterAll(async () => {
  await h?.stop();
});

const login = async () =>
  (await h.call<{ login: AuthResultData }>(LOGIN, { email: 'sam@example.com', password: 'sam password 123' })).data!.login;
const refresh = (token: string) => h.call<{ refreshSession: AuthResultData }>(REFRESH, { token });

describe('refresh-token rotation', () => {
  it('hands out a new pair in the same session and marks the old token used', async () => {
    const first = await login();
    const second = await refresh(first.refreshToken);
    expect(second.errors).toBeUndefined();
    const pair = second.data!.refreshSession;
    expect(pair.refreshToken).not.toBe(first.refreshToken);
    expect(pair.accessToken).not.toBe(first.accessToken);
    expect(pair.user).toMatchObject({ id: first.user.id, email: 'sam@example.com' });
    const sid = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sid as string;
    expect(sid(pair.accessToken)).toBe(sid(first.accessToken));
    const third = await refresh(pair.refreshToken);
    expect(third.errors).toBeUndefined();
  });

  it('revokes the whole family when a used refresh token is presented again', async () => {
    const first = await login();
    const second = (await refresh(first.refreshToken)).data!.refreshSession;
    const reuse = await refresh(first.refreshToken);
    expect(firstError(reuse).code).toBe('UNAUTHENTICATED');
    // The legitimate holder's current token died with the family.
    expect(firstError(await refresh(second.refreshToken)).code).toBe('UNAUTHENTICATED');
  });

  it('leaves other sessions of the same user alone when one family is revoked', async () => {
    const a = await login();
    const b = await login();
    await refresh(a.refreshToken);
    await refresh(a.refreshToken);
    expect((await refresh(b.refreshToken)).errors).toBeUndefined();
  });

  it('lets one of two concurrent refreshes with the same token through and treats the other as reuse', async () => {
    const first = await login();
    const results = await Promise.all([refresh(first.refreshToken), refresh(first.refreshToken)]);
    expect(results.filter((r) => r.data?.refreshSession).length).toBe(1);
    const winner = results.find((r) => r.data?.refreshSession)!.data!.refreshSession;
    expect(firstError(await refresh(winner.refreshToken)).code).toBe('UNAUTHENTICATED');
  });

  it('answers UNAUTHENTICATED for an unknown refresh token', async () => {
    expect(firstError(await refresh('not-a-token')).code).toBe('UNAUTHENTICATED');
  });
});

describe('logout', () => {
  it('ends the session so its refresh token no longer works', async () => {
    const session = await login();
    const out = await h.call<{ logout: boolean }>(LOGOUT, { token: session.refreshToken });
    expect(out.data!.logout).toBe(true);
    expect(firstError(await refresh(session.refreshToken)).code).toBe('UNAUTHENTICATED');
  });

  it('answers false for a token it does not know', async () => {
    expect((await h.call<{ logout: boolean }>(LOGOUT, { token: 'unknown' })).data!.logout).toBe(false);
  });

  it('rotates a guest session like any other', async () => {
    const guest = (await h.call<{ startGuestSession: AuthResultData }>(GUEST, {})).data!.startGuestSession;
    expect((await refresh(guest.refreshToken)).data!.refreshSession.user).toMatchObject({ id: guest.user.id, isGuest: true });
  });
});

describe('access tokens and the JWKS', () => {
  it('publishes a key at /.well-known/jwks.json that verifies tokens issued by login', async () => {
    const session = await login();
    const res = await fetch(`${h.baseUrl}/.well-known/jwks.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age/);
    const jwks = (await res.json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const keys = keysFromJwks(jwks);
    const claims = await verifyAccessToken(session.accessToken, (kid) => keys.get(kid), {
      issuer: 'foodgraph-users',
      audience: 'foodgraph',
    });
    expect(claims).toMatchObject({ sub: session.user.id, role: 'CUSTOMER', guest: false, iss: 'foodgraph-users', aud: 'foodgraph' });
    expect(claims.exp - claims.iat).toBe(600);
    expect(new Date(session.expiresAt).getTime()).toBe(claims.exp * 1000);
    expect(typeof claims.jti).toBe('string');
  });

  it('keeps the same signing key for a second subgraph on the same database', async () => {
    const replica = await createUsersSubgraph({
      dataSource: h.dataSource,
      bus: h.bus,
      logger: createLogger('replica', 'silent'),
      routerSecret: ROUTER_SECRET,
      namespace: 'unused',
      config: readUsersConfig({}),
    });
    expect(replica.signingKeys.kid).toBe(h.subgraph.signingKeys.kid);
  });
});

describe('router signature', () => {
  it('refuses an unsigned GraphQL request with 403', async () => {
    const res = await fetch(`${h.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(res.status).toBe(403);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a request whose identity was swapped after signing', async () => {
    const session = await login();
    const body = JSON.stringify({ query: ME });
    const headers = signRouterRequest(ROUTER_SECRET, { kind: 'anonymous' }, 'r1', body);
    headers['x-foodgraph-identity'] = Buffer.from(
      JSON.stringify({ kind: 'user', userId: session.user.id, role: 'ADMIN', isGuest: false }),
    ).toString('base64url');
    const res = await fetch(`${h.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect(res.status).toBe(403);
  });

  it('answers me for a signed request', async () => {
    const session = await login();
    const me = await h.call<{ me: UserResult }>(ME, {}, await h.identityOf(session.accessToken));
    expect(me.data!.me.email).toBe('sam@example.com');
  });
});
