import { startStack, type Stack } from './fixtures/start-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

describe('HTTP surface', () => {
  it('answers /health while up', async () => {
    const res = await fetch(`${stack.origin}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await stack.post({ query: `{ __typename }  # ${'x'.repeat(1024 * 1024)}` });
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses batched requests', async () => {
    const res = await stack.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
    expect(res.json.errors[0].message).toMatch(/batching/i);
  });

  it('refuses a body that is not valid JSON with 400', async () => {
    const res = await stack.post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('runs a query sent with GET when a CSRF-preventing header is present', async () => {
    const res = await fetch(`${stack.url}?query=${encodeURIComponent('{ users { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { users: [{ name: 'Ada' }, { name: 'Grace' }] } });
  });

  it('refuses a GET query without a CSRF-preventing header', async () => {
    const res = await fetch(`${stack.url}?query=${encodeURIComponent('{ users { name } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses a cross-site "simple" POST (text/plain) as a CSRF attempt', async () => {
    const res = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { rename(id: "u1", name: "x") { id } }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('refuses a mutation sent with GET', async () => {
    const q = encodeURIComponent('mutation { rename(id: "u1", name: "x") { id } }');
    const res = await fetch(`${stack.url}?query=${q}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });

  it('serves no page at all to browsers when the explorer is off', async () => {
    const { url } = await stack.startRouter({ explorer: false });
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/<html/i);
    expect((await fetch(new URL('/explorer/explorer.js', url))).status).toBe(404);
  });

  it('answers introspection unless turned off', async () => {
    const on = await stack.post({ query: '{ __schema { queryType { name } } }' });
    expect(on.json.data.__schema.queryType.name).toBe('Query');
    const { url } = await stack.startRouter({ introspection: false });
    const off = await stack.post({ query: '{ __schema { queryType { name } } }' }, {}, url);
    expect(off.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('translates a query that does not validate to BAD_USER_INPUT', async () => {
    const res = await stack.post({ query: '{ nope }' });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('answers 404 for unknown paths', async () => {
    const res = await fetch(`${stack.origin}/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('lets in-flight requests finish when stopped', async () => {
    const { router, url } = await stack.startRouter();
    const pending = stack.post({ query: '{ slow(ms: 300) }' }, {}, url);
    await new Promise((r) => setTimeout(r, 100));
    await router.stop();
    const res = await pending;
    expect(res.json).toEqual({ data: { slow: 'done' } });
  });
});
