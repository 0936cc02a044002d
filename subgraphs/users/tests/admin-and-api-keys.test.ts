import { randomUUID } from 'node:crypto';
import { signRouterRequest, type Identity } from '@foodgraph/platform/auth';
import { RESOLVE_API_KEY_PATH, bootstrapAdmin } from '../src';
import { ADMIN, ROUTER_SECRET, firstError, startUsersHarness, type UsersHarness } from './support/users-harness';
import {
  CREATE_API_KEY,
  CREATE_STAFF,
  ENTITIES,
  LOGIN,
  MY_API_KEYS,
  REGISTER,
  REVOKE_API_KEY,
  USERS,
  type AuthResultData,
  type UserResult,
} from './support/operations';

interface ApiKeyResult {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  revokedAt: string | null;
}

let h: UsersHarness;
let admin: Identity;
let customer: Identity;
let partner: Identity;
let otherPartner: Identity;

async function signIn(email: string, password: string): Promise<Identity> {
  const res = await h.call<{ login: AuthResultData }>(LOGIN, { email, password });
  return h.identityOf(res.data!.login.accessToken);
}

async function staff(email: string, role: string): Promise<Identity> {
  const res = await h.call(CREATE_STAFF, { input: { email, password: 'staff password 1', name: email.split('@')[0], role } }, admin);
  expect(res.errors).toBeUndefined();
  return signIn(email, 'staff password 1');
}

beforeAll(async () => {
  h = await startUsersHarness();
  admin = await signIn(ADMIN.email, ADMIN.password);
  await h.call(REGISTER, { input: { email: 'cust@example.com', password: 'customer password', name: 'Cust' } });
  customer = await signIn('cust@example.com', 'customer password');
  partner = await staff('partner@example.com', 'PARTNER');
  otherPartner = await staff('other-partner@example.com', 'PARTNER');
});
afterAll(async () => {
  await h?.stop();
});

describe('bootstrap admin', () => {
  it('creates the admin once, however often it runs', async () => {
    expect(admin).toMatchObject({ kind: 'user', role: 'ADMIN' });
    const again = await Promise.all([1, 2].map(() => bootstrapAdmin(h.dataSource, { email: ADMIN.email, password: ADMIN.password })));
    expect(again).toEqual(['exists', 'exists']);
    const admins = await h.call<{ users: UserResult[] }>(USERS, { role: 'ADMIN' }, admin);
    expect(admins.data!.users.filter((u) => u.email === ADMIN.email)).toHaveLength(1);
  });

  it('lets racing replicas create a fresh admin exactly once', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => bootstrapAdmin(h.dataSource, { email: 'second-root@example.com', password: 'another admin password' })),
    );
    expect(results.filter((r) => r === 'created')).toHaveLength(1);
  });
});

describe('users (admin only)', () => {
  it('pages through users by id cursor, optionally by role', async () => {
    const page1 = await h.call<{ users: UserResult[] }>(USERS, { first: 2 }, admin);
    expect(page1.errors).toBeUndefined();
    expect(page1.data!.users).toHaveLength(2);
    const page2 = await h.call<{ users: UserResult[] }>(USERS, { first: 2, after: page1.data!.users[1].id }, admin);
    expect(page2.data!.users[0].id > page1.data!.users[1].id).toBe(true);
    const partners = await h.call<{ users: UserResult[] }>(USERS, { role: 'PARTNER' }, admin);
    expect(partners.data!.users.map((u) => u.email)).toEqual(['partner@example.com', 'other-partner@example.com']);
  });

  it('refuses page sizes outside 1..100 and malformed cursors on the argument', async () => {
    expect(firstError(await h.call(USERS, { first: 101 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await h.call(USERS, { first: 0 }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(firstError(await h.call(USERS, { after: 'nope' }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('is FORBIDDEN for a customer and UNAUTHENTICATED when signed out', async () => {
    expect(firstError(await h.call(USERS, {}, customer)).code).toBe('FORBIDDEN');
    expect(firstError(await h.call(USERS, {})).code).toBe('UNAUTHENTICATED');
  });
});

describe('createStaffAccount', () => {
  it('is FORBIDDEN for a customer and a partner', async () => {
    const input = { email: 'sneaky@example.com', password: 'a long password', name: 'Sneaky', role: 'ADMIN' };
    expect(firstError(await h.call(CREATE_STAFF, { input }, customer)).code).toBe('FORBIDDEN');
    expect(firstError(await h.call(CREATE_STAFF, { input }, partner)).code).toBe('FORBIDDEN');
  });

  it('validates input and refuses a taken email', async () => {
    const input = { email: 'partner@example.com', password: 'a long password', name: 'Again', role: 'COURIER' };
    expect(firstError(await h.call(CREATE_STAFF, { input }, admin)).code).toBe('CONFLICT');
    expect(
      firstError(await h.call(CREATE_STAFF, { input: { ...input, email: 'fresh@example.com', password: 'short' } }, admin)),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.password',
    });
  });
});

describe('API keys', () => {
  const resolveKey = async (secret: string, signed = true) => {
    const body = JSON.stringify({ secret });
    const headers = signed ? signRouterRequest(ROUTER_SECRET, { kind: 'anonymous' }, randomUUID(), body) : {};
    const res = await fetch(`${h.baseUrl}${RESOLVE_API_KEY_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: res.status, body: (await res.json()) as { identity: Identity | null } };
  };
  const create = (name: string, who: Identity) =>
    h.call<{ createApiKey: { secret: string; apiKey: ApiKeyResult } }>(CREATE_API_KEY, { name }, who);

  it('creates a key for a partner and shows the secret once, in the fgk_<prefix>_<random> form', async () => {
    const res = await create('Kitchen POS', partner);
    expect(res.errors).toBeUndefined();
    const { secret, apiKey } = res.data!.createApiKey;
    expect(secret).toMatch(/^fgk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.split('_')[1]).toBe(apiKey.prefix);
    expect(apiKey).toMatchObject({ name: 'Kitchen POS', revokedAt: null });
    const stored = await h.dataSource.query<{ secret_hash: string }[]>('SELECT secret_hash FROM api_keys WHERE id = $1', [apiKey.id]);
    expect(stored[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].secret_hash).not.toContain(secret);
  });

  it('is FORBIDDEN for customers and admins, and for a partner calling with an API key', async () => {
    expect(firstError(await create('x', customer)).code).toBe('FORBIDDEN');
    expect(firstError(await create('x', admin)).code).toBe('FORBIDDEN');
    expect(firstError(await create('x', { ...(partner as object), apiKeyId: randomUUID() } as Identity)).code).toBe('FORBIDDEN');
    expect(firstError(await create('x', { kind: 'anonymous' })).code).toBe('UNAUTHENTICATED');
    expect(firstError(await create('   ', partner))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('lets the router resolve a live key to its partner, and nobody else', async () => {
    const { secret, apiKey } = (await create('Resolver', partner)).data!.createApiKey;
    const resolved = await resolveKey(secret);
    expect(resolved).toEqual({
      status: 200,
      body: {
        identity: { kind: 'user', userId: (partner as { userId: string }).userId, role: 'PARTNER', isGuest: false, apiKeyId: apiKey.id },
      },
    });
    expect((await resolveKey(`${secret.slice(0, -1)}x`)).body.identity).toBeNull();
    expect((await resolveKey(secret, false)).status).toBe(403);
  });

  it('lets the owner revoke a key, after which it no longer resolves', async () => {
    const { secret, apiKey } = (await create('Short-lived', partner)).data!.createApiKey;
    const revoked = await h.call<{ revokeApiKey: ApiKeyResult }>(REVOKE_API_KEY, { id: apiKey.id }, partner);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    expect((await resolveKey(secret)).body.identity).toBeNull();
    const again = await h.call<{ revokeApiKey: ApiKeyResult }>(REVOKE_API_KEY, { id: apiKey.id }, partner);
    expect(again.data!.revokeApiKey.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);
  });

  it('lets an admin revoke any key but not another partner', async () => {
    const { apiKey } = (await create('Contested', partner)).data!.createApiKey;
    expect(firstError(await h.call(REVOKE_API_KEY, { id: apiKey.id }, otherPartner)).code).toBe('FORBIDDEN');
    expect(firstError(await h.call(REVOKE_API_KEY, { id: apiKey.id }, customer)).code).toBe('FORBIDDEN');
    expect((await h.call(REVOKE_API_KEY, { id: apiKey.id }, admin)).errors).toBeUndefined();
  });

  it("lists the partner's own keys newest first, revoked ones included, never a secret", async () => {
    const before = await h.call<{ myApiKeys: ApiKeyResult[] }>(MY_API_KEYS, {}, otherPartner);
    expect(before.errors).toBeUndefined();
    const { apiKey: kept } = (await create('Till', otherPartner)).data!.createApiKey;
    const { apiKey: dropped } = (await create('Old till', otherPartner)).data!.createApiKey;
    await h.call(REVOKE_API_KEY, { id: dropped.id }, otherPartner);
    await create('Not theirs', partner);
    const res = await h.call<{ myApiKeys: ApiKeyResult[] }>(MY_API_KEYS, {}, otherPartner);
    expect(res.errors).toBeUndefined();
    const listed = res.data!.myApiKeys;
    expect(listed).toHaveLength(before.data!.myApiKeys.length + 2);
    expect(listed.find((k) => k.id === kept.id)).toEqual(kept);
    expect(listed.find((k) => k.id === dropped.id)).toMatchObject({ name: 'Old till', revokedAt: expect.any(String) });
    expect(listed.map((k) => k.name)).not.toContain('Not theirs');
    const created = listed.map((k) => Date.parse(k.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it('lists keys for partners only', async () => {
    expect(firstError(await h.call(MY_API_KEYS, {}, customer)).code).toBe('FORBIDDEN');
    expect(firstError(await h.call(MY_API_KEYS, {}, admin)).code).toBe('FORBIDDEN');
    expect(firstError(await h.call(MY_API_KEYS, {})).code).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown key and BAD_USER_INPUT for a malformed id', async () => {
    expect(firstError(await h.call(REVOKE_API_KEY, { id: randomUUID() }, partner)).code).toBe('NOT_FOUND');
    expect(firstError(await h.call(REVOKE_API_KEY, { id: 'nope' }, partner))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('User entity references', () => {
  it('resolves a batch of references, null for unknown or malformed ids', async () => {
    const all = (await h.call<{ users: UserResult[] }>(USERS, { first: 3 }, admin)).data!.users;
    const reps = [
      ...all.map((u) => ({ __typename: 'User', id: u.id })),
      { __typename: 'User', id: randomUUID() },
      { __typename: 'User', id: 'bogus' },
    ];
    const res = await h.call<{ _entities: (UserResult | null)[] }>(ENTITIES, { reps }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((u) => u?.id ?? null)).toEqual([...all.map((u) => u.id), null, null]);
  });
});
