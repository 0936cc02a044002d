import { startStack, type Stack } from './fixtures/start-stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.stop();
});

async function ready(origin: string) {
  const res = await fetch(new URL('/ready', origin));
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('router readiness', () => {
  it('is ready once the supergraph is loaded, naming no subgraph', async () => {
    const { status, body } = await ready(stack.origin);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ready', service: 'router' });
  });

  it('stays ready while a subgraph is down, as queries to the rest still work', async () => {
    const { url } = await stack.startRouter({
      subgraphUrls: { accounts: stack.subgraphs.accounts.url, reviews: 'http://127.0.0.1:9/graphql' },
    });
    const { status, body } = await ready(url);
    expect(status).toBe(200);
    expect(JSON.stringify(body)).not.toMatch(/accounts|reviews/);
    const res = await stack.post({ query: '{ users { name } }' }, {}, url);
    expect(res.json).toEqual({ data: { users: [{ name: 'Ada' }, { name: 'Grace' }] } });
  });

  it('logs a subgraph that stops answering its /health', async () => {
    const { router, url } = await stack.startRouter({
      subgraphUrls: { accounts: stack.subgraphs.accounts.url, reviews: 'http://127.0.0.1:9/graphql' },
      subgraphHealthIntervalMs: 50,
    });
    const deadline = Date.now() + 5_000;
    const warned = () => stack.routerLog.lines.some((l) => l.includes('subgraph unhealthy') && l.includes('"subgraph":"reviews"'));
    while (!warned() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    expect(warned()).toBe(true);
    // Only a change is logged: the healthy subgraph gets no line.
    expect(stack.routerLog.lines.some((l) => l.includes('subgraph unhealthy') && l.includes('"subgraph":"accounts"'))).toBe(false);
    expect((await ready(url)).status).toBe(200);
    await router.stop();
  });

  it('answers 503 while draining, and still serves queries until the port closes', async () => {
    const { router, url } = await stack.startRouter({ drainDelayMs: 400 });
    expect((await ready(url)).status).toBe(200);
    const stopped = router.stop();
    const { status, body } = await ready(url);
    expect(status).toBe(503);
    expect(body).toEqual({ status: 'not ready', service: 'router', reason: 'draining' });
    const res = await stack.post({ query: '{ users { name } }' }, {}, url);
    expect(res.json.data.users).toHaveLength(2);
    await stopped;
    await expect(fetch(new URL('/ready', url))).rejects.toThrow();
  });
});

describe('landing page', () => {
  it('answers GET / with a page linking the explorer, /health and /ready', async () => {
    const res = await fetch(`${stack.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const href of ['/graphql', '/health', '/ready']) expect(html).toContain(`href="${href}"`);
  });

  it('does not link the explorer when it is off', async () => {
    const { url } = await stack.startRouter({ explorer: false });
    const html = await (await fetch(new URL('/', url))).text();
    expect(html).not.toContain('href="/graphql"');
    expect(html).toContain('href="/ready"');
  });
});
