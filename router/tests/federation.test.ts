import { signRouterRequest, encodeIdentity, ANONYMOUS } from '@foodgraph/platform/auth';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECRET_FAILURE } from './fixtures/fixture-subgraphs';
import { startStack, type Stack } from './fixtures/start-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

describe('federated execution', () => {
  it('answers a query that spans two subgraphs', async () => {
    const res = await stack.post({ query: '{ users { id name reviews { body } } }' });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      data: {
        users: [
          { id: 'u1', name: 'Ada', reviews: [{ body: 'Great pho' }] },
          { id: 'u2', name: 'Grace', reviews: [{ body: 'Cold fries' }, { body: 'Fast courier' }] },
        ],
      },
    });
  });

  it('sends the client request id to every subgraph the plan touches and echoes it back', async () => {
    const res = await stack.post({ query: '{ users { reviews { id } } }' }, { 'x-request-id': 'client-req_42' });
    expect(res.headers.get('x-request-id')).toBe('client-req_42');
    expect(stack.subgraphs.accounts.seen.some((s) => s.requestId === 'client-req_42')).toBe(true);
    expect(stack.subgraphs.reviews.seen.some((s) => s.requestId === 'client-req_42')).toBe(true);
  });

  it('replaces a request id that is not a sane token with a generated one', async () => {
    const res = await stack.post({ query: '{ whoami { requestId } }' }, { 'x-request-id': 'x'.repeat(65) });
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.json.data.whoami.requestId).toBe(id);
  });

  it('forwards the anonymous identity when no credentials are sent', async () => {
    const res = await stack.post({ query: '{ whoami { identity } }' });
    expect(JSON.parse(res.json.data.whoami.identity)).toEqual({ kind: 'anonymous' });
  });

  it('runs mutations', async () => {
    const res = await stack.post({ query: 'mutation { rename(id: "u1", name: "Ada L") { id name } }' });
    expect(res.json).toEqual({ data: { rename: { id: 'u1', name: 'Ada L' } } });
  });
});

describe('errors', () => {
  it('keeps the contract code and message of a subgraph error', async () => {
    const res = await stack.post({ query: '{ missing { id } }' });
    expect(res.json.errors[0]).toMatchObject({ message: 'User u404 was not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('masks an unexpected subgraph failure and leaves the details in the log under the request id', async () => {
    const res = await stack.post({ query: '{ boom }' }, { 'x-request-id': 'boom-1' });
    expect(res.json.errors).toHaveLength(1);
    expect(res.json.errors[0].message).toBe('Internal server error');
    expect(res.json.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.text).not.toContain('db-primary');
    expect(res.text).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const logged = stack.subgraphLog.lines.find((l) => l.includes(SECRET_FAILURE));
    expect(logged).toBeDefined();
    expect(JSON.parse(logged!).requestId).toBe('boom-1');
  });

  it('masks a subgraph that answers garbage and logs what it said', async () => {
    const broken = createServer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('Traceback: secret internals');
    });
    await new Promise<void>((r) => broken.listen(0, '127.0.0.1', r));
    const brokenUrl = `http://127.0.0.1:${(broken.address() as AddressInfo).port}/graphql`;
    const { url } = await stack.startRouter({ subgraphUrls: { accounts: stack.subgraphs.accounts.url, reviews: brokenUrl } });
    try {
      const res = await stack.post({ query: '{ topReview { body } }' }, { 'x-request-id': 'garbage-1' }, url);
      expect(res.json.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(res.text).not.toContain('Traceback');
      const logged = stack.routerLog.lines.find((l) => l.includes('garbage-1') && l.includes('HTTP 500'));
      expect(logged).toContain('Traceback');
    } finally {
      await new Promise((r) => broken.close(r));
    }
  });

  it('answers a coded timeout when a subgraph is slower than its deadline', async () => {
    const { url } = await stack.startRouter({ subgraphTimeouts: { accounts: 200 } });
    const started = Date.now();
    const res = await stack.post({ query: '{ slow(ms: 2000) }' }, {}, url);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(res.json.errors[0].extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'SUBGRAPH_TIMEOUT',
      serviceName: 'accounts',
    });
    expect(res.json.data).toEqual({ slow: null });
  });

  it('answers a coded error when a subgraph cannot be reached', async () => {
    const { url } = await stack.startRouter({ subgraphUrls: { accounts: 'http://127.0.0.1:9/graphql' } });
    const res = await stack.post({ query: '{ users { id } }' }, {}, url);
    expect(res.json.errors[0].extensions).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'SUBGRAPH_UNAVAILABLE',
      serviceName: 'accounts',
    });
  });
});

describe('subgraph protection', () => {
  it('has subgraphs refuse a request the router did not sign', async () => {
    const res = await fetch(stack.subgraphs.accounts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ users { id } }' }),
    });
    expect(res.status).toBe(403);
  });

  it('has subgraphs refuse a signature made with another secret', async () => {
    const body = JSON.stringify({ query: '{ users { id } }' });
    const res = await fetch(stack.subgraphs.accounts.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRouterRequest('x'.repeat(40), encodeIdentity(ANONYMOUS), 'r1', body) },
      body,
    });
    expect(res.status).toBe(403);
  });

  it('turns a subgraph refusing the router signature into a masked error, not FORBIDDEN', async () => {
    const { url } = await stack.startRouter({ routerSecret: 'y'.repeat(40) });
    const res = await stack.post({ query: '{ users { id } }' }, {}, url);
    expect(res.json.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });
});
