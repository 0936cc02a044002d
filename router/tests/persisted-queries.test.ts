import { createHash } from 'node:crypto';
import { startApiKeyServer } from './fixtures/api-key-server';
import { startStack, type Stack } from './fixtures/start-stack';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const LISTED = {
  TopReview: 'query TopReview { topReview { body } }',
  UserNames: 'query UserNames { users { name } }',
  Rename: 'mutation Rename($id: ID!, $name: String!) { rename(id: $id, name: $name) { id name } }',
};
const MANIFEST = {
  format: 'apollo-persisted-query-manifest',
  version: 1,
  operations: Object.entries(LISTED).map(([name, body]) => ({ id: sha256(body), name, type: body.split(' ')[0], body })),
};
const id = (name: keyof typeof LISTED) => sha256(LISTED[name]);
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const PARTNER_KEY = 'fgk_0badcafe_partner-secret-for-tests-000000000000000000000';
const PARTNER: { kind: 'user'; userId: string; role: 'PARTNER'; isGuest: false; apiKeyId: string } = {
  kind: 'user',
  userId: 'u2',
  role: 'PARTNER',
  isGuest: false,
  apiKeyId: 'k1',
};

let stack: Stack;
let keys: Awaited<ReturnType<typeof startApiKeyServer>>;
beforeAll(async () => {
  stack = await startStack({ persistedQueries: { manifest: MANIFEST } });
  keys = await startApiKeyServer(stack.secret);
  keys.keys.set(PARTNER_KEY, PARTNER);
});
afterAll(async () => {
  await stack.stop();
  await keys.stop();
});

function codes(json: { errors?: { extensions?: { code?: string } }[] }) {
  return (json.errors ?? []).map((e) => e.extensions?.code);
}

describe('automatic persisted queries over raw HTTP', () => {
  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, registers it with the query, then runs it by hash', async () => {
    const query = `{ users { id } __typename }`;
    const hash = sha256(query);
    const miss = await stack.post({ extensions: apq(hash) });
    expect(miss.status).toBe(200);
    expect(codes(miss.json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(miss.headers.get('cache-control')).toContain('no-cache');

    const register = await stack.post({ query, extensions: apq(hash) });
    expect(register.status).toBe(200);
    expect(register.json.data.users).toHaveLength(2);

    const hit = await stack.post({ extensions: apq(hash) });
    expect(hit.json).toEqual(register.json);
  });

  it('also runs a registered hash over GET', async () => {
    const query = '{ topReview { id } }';
    await stack.post({ query, extensions: apq(sha256(query)) });
    const res = await fetch(`${stack.url}?extensions=${encodeURIComponent(JSON.stringify(apq(sha256(query))))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toEqual({ data: { topReview: { id: 'r1' } } });
  });

  it('refuses a hash that does not match the query, and never registers it', async () => {
    const wrong = sha256('{ users { name } }');
    const res = await stack.post({ query: '{ users { id } }', extensions: apq(wrong) });
    expect(res.status).toBe(400);
    expect(codes(res.json)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await stack.post({ extensions: apq(wrong) })).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('does not register a query that fails validation', async () => {
    const query = '{ users { nope } }';
    const res = await stack.post({ query, extensions: apq(sha256(query)) });
    expect(codes(res.json)).toEqual(['BAD_USER_INPUT']);
    expect(codes((await stack.post({ extensions: apq(sha256(query)) })).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('does not register a query that the request limits refuse', async () => {
    const { url } = await stack.startRouter({ limits: { maxDepth: 2 } });
    const query = '{ users { reviews { id } } }';
    const res = await stack.post({ query, extensions: apq(sha256(query)) }, {}, url);
    expect(codes(res.json)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(codes((await stack.post({ extensions: apq(sha256(query)) }, {}, url)).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuses an unknown persisted query version', async () => {
    const res = await stack.post({ extensions: { persistedQuery: { version: 2, sha256Hash: id('TopReview') } } });
    expect(res.status).toBe(400);
    expect(codes(res.json)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the persisted-query list', () => {
  it('runs a listed operation by documentId, with or without the sha256: prefix, and by APQ hash', async () => {
    for (const documentId of [`sha256:${id('TopReview')}`, id('TopReview')]) {
      const res = await stack.post({ documentId });
      expect(res.json).toEqual({ data: { topReview: { body: 'Great pho' } } });
    }
    expect((await stack.post({ extensions: apq(id('UserNames')) })).json).toEqual({
      data: { users: [{ name: 'Ada' }, { name: 'Grace' }] },
    });
  });

  it('runs a listed mutation by documentId with variables', async () => {
    const res = await stack.post({ documentId: `sha256:${id('Rename')}`, variables: { id: 'u1', name: 'Ada L.' } });
    expect(res.json).toEqual({ data: { rename: { id: 'u1', name: 'Ada L.' } } });
  });

  it('answers an unknown documentId with PERSISTED_QUERY_NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    expect(codes((await stack.post({ documentId: `sha256:${sha256('nothing')}` })).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const bad = await stack.post({ documentId: 'md5:abc' });
    expect(bad.status).toBe(400);
    expect(bad.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'documentId' });
  });
});

describe('partner API keys', () => {
  const withKey = (key = PARTNER_KEY) => ({ 'x-api-key': key });

  it('run a listed operation by id, as the partner the key belongs to', async () => {
    const { url } = await stack.startRouter({ apiKeyResolveUrl: keys.url, persistedQueries: { manifest: MANIFEST } });
    const res = await stack.post({ documentId: `sha256:${id('TopReview')}` }, { ...withKey(), 'x-request-id': 'key-ok' }, url);
    expect(res.json).toEqual({ data: { topReview: { body: 'Great pho' } } });
    const seen = stack.subgraphs.reviews.seen.find((s) => s.requestId === 'key-ok');
    expect(seen?.identity).toEqual(PARTNER);
  });

  it('refuse any free-form query and any unlisted id with PERSISTED_QUERY_NOT_LISTED', async () => {
    const { url } = await stack.startRouter({ apiKeyResolveUrl: keys.url, persistedQueries: { manifest: MANIFEST } });
    const freeForm = await stack.post({ query: '{ users { name } }' }, withKey(), url);
    expect(freeForm.status).toBe(400);
    expect(codes(freeForm.json)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
    // Even the exact text of a listed operation: keys run listed operations by id only.
    expect(codes((await stack.post({ query: LISTED.TopReview }, withKey(), url)).json)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
    const query = '{ users { id } }';
    expect(codes((await stack.post({ query, extensions: apq(sha256(query)) }, withKey(), url)).json)).toEqual([
      'PERSISTED_QUERY_NOT_LISTED',
    ]);
    expect(codes((await stack.post({ extensions: apq(sha256(query)) }, withKey(), url)).json)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
    expect(codes((await stack.post({ documentId: sha256(query) }, withKey(), url)).json)).toEqual(['PERSISTED_QUERY_NOT_LISTED']);
  });

  it('refuse an unknown key, a malformed key, and a key sent together with a bearer token', async () => {
    const { url } = await stack.startRouter({ apiKeyResolveUrl: keys.url, persistedQueries: { manifest: MANIFEST } });
    for (const headers of [
      withKey('fgk_0badcafe_nobody-has-this-key-000000000000000000000000'),
      withKey('not-a-key'),
      { ...withKey(), authorization: `Bearer ${stack.token()}` },
    ]) {
      const res = await stack.post({ documentId: id('TopReview') }, headers, url);
      expect(res.status).toBe(401);
      expect(codes(res.json)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('stop working on every router within the cache interval once revoked', async () => {
    const key = 'fgk_0badcafe_revoked-soon-000000000000000000000000000000000';
    keys.keys.set(key, { ...PARTNER, apiKeyId: 'k2' });
    const routers = await Promise.all(
      [1, 2].map(() => stack.startRouter({ apiKeyResolveUrl: keys.url, apiKeyCacheMs: 1_000, persistedQueries: { manifest: MANIFEST } })),
    );
    for (const { url } of routers) expect((await stack.post({ documentId: id('TopReview') }, withKey(key), url)).status).toBe(200);
    keys.keys.delete(key);
    const revokedAt = Date.now();
    for (const { url } of routers) {
      let status = 200;
      while (status === 200 && Date.now() - revokedAt < 3_000) {
        status = (await stack.post({ documentId: id('TopReview') }, withKey(key), url)).status;
        if (status === 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe(401);
    }
    expect(Date.now() - revokedAt).toBeLessThan(1_500);
  });

  it('cache lookups: many requests with one key cost one lookup per interval', async () => {
    const { url } = await stack.startRouter({ apiKeyResolveUrl: keys.url, persistedQueries: { manifest: MANIFEST } });
    const before = keys.lookups;
    await Promise.all(Array.from({ length: 10 }, () => stack.post({ documentId: id('TopReview') }, withKey(), url)));
    expect(keys.lookups - before).toBe(1);
    expect(keys.refused).toBe(0);
  });

  it('answer 503, not 401, when the key cannot be checked', async () => {
    const { url } = await stack.startRouter({ apiKeyResolveUrl: 'http://127.0.0.1:9/internal/api-keys/resolve' });
    const res = await stack.post({ documentId: id('TopReview') }, withKey(), url);
    expect(res.status).toBe(503);
  });
});

describe('PERSISTED_QUERIES=safelist', () => {
  it('holds every caller to the list and registers nothing', async () => {
    const { url } = await stack.startRouter({ persistedQueries: { mode: 'safelist', manifest: MANIFEST } });
    expect((await stack.post({ documentId: id('TopReview') }, {}, url)).json).toEqual({ data: { topReview: { body: 'Great pho' } } });
    const query = '{ users { id } }';
    for (const body of [{ query }, { query, extensions: apq(sha256(query)) }]) {
      expect(codes((await stack.post(body, { authorization: `Bearer ${stack.token()}` }, url)).json)).toEqual([
        'PERSISTED_QUERY_NOT_LISTED',
      ]);
    }
  });
});

describe('PERSISTED_QUERIES=off', () => {
  it('keeps no APQ cache but still runs listed ids and free-form queries', async () => {
    const { url } = await stack.startRouter({ persistedQueries: { mode: 'off', manifest: MANIFEST } });
    const query = '{ topReview { id body } }';
    expect((await stack.post({ query, extensions: apq(sha256(query)) }, {}, url)).json.data.topReview.id).toBe('r1');
    expect(codes((await stack.post({ extensions: apq(sha256(query)) }, {}, url)).json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await stack.post({ documentId: id('TopReview') }, {}, url)).json.data.topReview.body).toBe('Great pho');
  });
});
