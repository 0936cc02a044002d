import {
  errorCodes,
  signUp,
  startReplicaBehindRouter,
  startSupergraph,
  TEST_REDIS_URL,
  type GraphQLResult,
  type ReplicaBehindRouter,
  type TestSupergraph,
} from '@foodgraph/testing';
import { Redis } from 'ioredis';
import { PartnerRestaurantsDocument } from '../../schema/generated/graphql';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }';
const REGISTER = 'mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }';
const GUEST = 'mutation { startGuestSession { accessToken } }';
const documentId = (doc: unknown) => `sha256:${(doc as { __meta__: { hash: string } }).__meta__.hash}`;

/** Each test speaks from its own client address: the router trusts loopback as a proxy here. */
let nextAddress = 10;
const freshAddress = () => `203.0.113.${nextAddress++}`;
const from = (address: string) => ({ 'x-forwarded-for': address });

function rateLimited(r: GraphQLResult<unknown>): number {
  expect(errorCodes(r)).toEqual(['RATE_LIMITED']);
  const retryAfter = r.errors![0].extensions!['retryAfter'];
  expect(typeof retryAfter).toBe('number');
  return retryAfter as number;
}

/** A customer registered from an address of its own, so sign-ups here do not eat a shared quota. */
async function customerOf(sg: TestSupergraph): Promise<{ email: string }> {
  const email = `limited-${Date.now()}-${nextAddress}@test.foodgraph`;
  const r = await sg.query(REGISTER, {
    variables: { input: { email, password: 'correct-horse-battery', name: 'Limited' } },
    headers: from(freshAddress()),
  });
  expect(r.errors).toBeUndefined();
  return { email };
}

/** Removes every rate-limit counter of this test's namespace. */
async function deleteCounters(namespace: string): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL);
  try {
    const keys = await redis.keys(`${namespace}:rate-limit:*`);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    redis.disconnect();
  }
}

describe('rate limits on sign-in, sign-up, guest sessions and API keys, through the router', () => {
  let sg: TestSupergraph;
  let replica: ReplicaBehindRouter | undefined;

  beforeAll(async () => {
    sg = await startSupergraph({
      only: ['users', 'menu'],
      env: {
        RATE_LIMIT_LOGIN_PER_ACCOUNT: '5/15m',
        RATE_LIMIT_LOGIN_PER_ADDRESS: '8/15m',
        RATE_LIMIT_REGISTER_PER_ADDRESS: '3/1h',
        RATE_LIMIT_GUEST_PER_ADDRESS: '3/1h',
      },
      router: { trustedProxies: ['loopback'], rateLimits: { apiKey: { points: 4, durationSeconds: 60 } } },
    });
  });
  afterAll(async () => {
    await replica?.stop();
    if (sg) await deleteCounters(sg.namespace);
    await sg?.stop();
  });

  it('refuses sign-in to an account after 5 wrong passwords, even with the right one, and says when to retry', async () => {
    const customer = await customerOf(sg);
    const headers = from(freshAddress());
    for (let i = 0; i < 5; i++) {
      const r = await sg.query(LOGIN, { variables: { email: customer.email, password: 'wrong-password-1' }, headers });
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    }
    const wrong = await sg.query(LOGIN, { variables: { email: customer.email, password: 'wrong-password-1' }, headers });
    const retryAfter = rateLimited(wrong);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Another address does not help either: the limit is the account's.
    const right = await sg.query(LOGIN, {
      variables: { email: customer.email, password: 'correct-horse-battery' },
      headers: from(freshAddress()),
    });
    rateLimited(right);
  });

  it('does not count successful sign-ins against the account', async () => {
    const customer = await customerOf(sg);
    for (let i = 0; i < 8; i++) {
      const r = await sg.query<{ login: { accessToken: string } }>(LOGIN, {
        variables: { email: customer.email, password: 'correct-horse-battery' },
        headers: from(freshAddress()),
      });
      expect(r.errors).toBeUndefined();
    }
  });

  it('limits sign-in attempts per client address across accounts', async () => {
    const headers = from(freshAddress());
    for (let i = 0; i < 8; i++) {
      const r = await sg.query(LOGIN, { variables: { email: `nobody-${i}@test.foodgraph`, password: 'wrong-password-1' }, headers });
      expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
    }
    rateLimited(await sg.query(LOGIN, { variables: { email: 'nobody-9@test.foodgraph', password: 'wrong-password-1' }, headers }));
    // A caller elsewhere is not affected.
    const elsewhere = await sg.query(LOGIN, {
      variables: { email: 'nobody-9@test.foodgraph', password: 'x' },
      headers: from(freshAddress()),
    });
    expect(errorCodes(elsewhere)).toEqual(['UNAUTHENTICATED']);
  });

  it('limits sign-ups and guest sessions per client address', async () => {
    const headers = from(freshAddress());
    const register = (n: number) =>
      sg.query(REGISTER, {
        variables: { input: { email: `burst-${Date.now()}-${n}@test.foodgraph`, password: 'correct-horse-battery', name: `R ${n}` } },
        headers,
      });
    for (let i = 0; i < 3; i++) expect((await register(i)).errors).toBeUndefined();
    rateLimited(await register(3));

    for (let i = 0; i < 3; i++) expect((await sg.query(GUEST, { headers })).errors).toBeUndefined();
    rateLimited(await sg.query(GUEST, { headers }));
    expect((await sg.query(GUEST, { headers: from(freshAddress()) })).errors).toBeUndefined();
  });

  it('answers a partner API key over its quota 429 RATE_LIMITED with Retry-After, counted across routers in Redis', async () => {
    // Staff accounts are made by the admin; its sign-in and the partner's come from 127.0.0.1.
    const partner = await signUp(sg, 'PARTNER');
    const issued = await sg.query<{ createApiKey: { secret: string } }>('mutation { createApiKey(name: "POS") { secret } }', {
      token: partner.token,
    });
    const secret = issued.data!.createApiKey.secret;
    replica = await startReplicaBehindRouter(sg, 'users', undefined, { rateLimits: { apiKey: { points: 4, durationSeconds: 60 } } });
    const call = async (url: string) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': secret },
        body: JSON.stringify({ documentId: documentId(PartnerRestaurantsDocument) }),
      });
      return {
        status: res.status,
        retryAfter: res.headers.get('retry-after'),
        body: (await res.json()) as Pick<GraphQLResult<unknown>, 'errors'>,
      };
    };
    // Two requests through each router: four in all, the quota.
    for (const url of [sg.url, replica.url, sg.url, replica.url]) {
      const r = await call(url);
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    }
    for (const url of [sg.url, replica.url]) {
      const r = await call(url);
      expect(r.status).toBe(429);
      const retryAfter = rateLimited({ status: r.status, headers: new Headers(), ...r.body });
      expect(r.retryAfter).toBe(String(retryAfter));
    }
  });

  it('counts sign-in attempts of one account across users replicas', async () => {
    replica ??= await startReplicaBehindRouter(sg, 'users');
    const customer = await customerOf(sg);
    for (const url of [sg.url, replica.url, sg.url, replica.url, sg.url]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...from(freshAddress()) },
        body: JSON.stringify({ query: LOGIN, variables: { email: customer.email, password: 'wrong-password-2' } }),
      });
      expect(
        errorCodes({ status: res.status, headers: res.headers, ...((await res.json()) as Pick<GraphQLResult<unknown>, 'errors'>) }),
      ).toEqual(['UNAUTHENTICATED']);
    }
    const res = await fetch(replica.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: customer.email, password: 'correct-horse-battery' } }),
    });
    rateLimited({ status: res.status, headers: res.headers, ...((await res.json()) as Pick<GraphQLResult<unknown>, 'errors'>) });
  });
});

describe('the client address without trusted proxies', () => {
  let sg: TestSupergraph;

  beforeAll(async () => {
    sg = await startSupergraph({ only: ['users'], env: { RATE_LIMIT_GUEST_PER_ADDRESS: '2/1h' } });
  });
  afterAll(async () => {
    if (sg) await deleteCounters(sg.namespace);
    await sg?.stop();
  });

  it('ignores X-Forwarded-For from a client, so a forged header does not reset the per-address count', async () => {
    for (let i = 0; i < 2; i++) expect((await sg.query(GUEST, { headers: from(`198.51.100.${i}`) })).errors).toBeUndefined();
    rateLimited(await sg.query(GUEST, { headers: from('198.51.100.77') }));
  });
});

describe('a burst of sign-ups', () => {
  let sg: TestSupergraph;

  beforeAll(async () => {
    sg = await startSupergraph({ only: ['users'] });
  });
  afterAll(async () => {
    if (sg) await deleteCounters(sg.namespace);
    await sg?.stop();
  });

  it('answers 50 sign-ups at once within the subgraph timeout: registered, or RATE_LIMITED to retry, never a timeout', async () => {
    const started = Date.now();
    const register = (n: number) =>
      sg.query<{ register: { user: { id: string } } }>(REGISTER, {
        variables: { input: { email: `burst-${started}-${n}@test.foodgraph`, password: 'correct-horse-battery', name: `Burst ${n}` } },
      });
    const first = await Promise.all(Array.from({ length: 50 }, (_, n) => register(n)));
    // None ran into the router's SUBGRAPH_TIMEOUT (10 s): each is an account or a RATE_LIMITED
    // the client can act on. (Unbounded, a busy machine timed most of them out.)
    const refused: number[] = [];
    first.forEach((r, n) => {
      if (r.data?.register) return;
      rateLimited(r);
      refused.push(n);
    });
    // On an idle machine all 50 are in at once; on a busy one the refused retry as told.
    const registered = new Set(first.flatMap((r) => (r.data?.register ? [r.data.register.user.id] : [])));
    for (let round = 0; refused.length > 0 && round < 10; round++) {
      const retryAfter = Math.max(...refused.map((n) => Number(first[n].errors?.[0]?.extensions?.['retryAfter'] ?? 1)));
      await new Promise((r) => setTimeout(r, Math.min(retryAfter, 5) * 1000));
      const retried = refused.splice(0);
      const again = await Promise.all(retried.map((n) => register(n)));
      again.forEach((r, i) => {
        if (r.data?.register) registered.add(r.data.register.user.id);
        else refused.push(retried[i]);
      });
    }
    expect(registered.size).toBe(50);
  }, 180_000);
});
