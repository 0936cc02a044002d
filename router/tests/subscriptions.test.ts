import { ANONYMOUS } from '@foodgraph/platform/auth';
import type { Socket } from 'node:net';
import { eventually, startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

const THING = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name version label } }';

let stack: SubscriptionStack;
beforeAll(async () => {
  stack = await startSubscriptionStack({
    router: { subscriptions: { connectionInitWaitTimeoutMs: 300, maxSubscriptionsPerConnection: 3, maxConnectionsPerIdentity: 55 } },
  });
});
afterAll(async () => {
  await stack.stop();
});

const things = () => stack.things[0];
const routerStats = () => stack.routers[0].router.subscriptions!.stats();

async function released(): Promise<void> {
  await eventually(
    () => {
      const up = things().server.subscriptions!;
      const r = routerStats();
      return (
        up.subscriptions === 0 &&
        up.connections === 0 &&
        r.feeds === 0 &&
        r.upstreamSubscriptions === 0 &&
        things().probe.iterators.size === 0
      );
    },
    5_000,
    'upstream to be released',
  );
}

describe('federated subscriptions', () => {
  it('delivers every event in order with fields from both subgraphs', async () => {
    const c = stack.client({ token: stack.token({ sub: 'reader' }) });
    const got = stack.collect(c, THING, { id: 't1' });
    await stack.waitForUpstream(1);
    for (let version = 1; version <= 3; version++) await stack.publish({ id: 't1', name: `v${version}`, version });
    await eventually(() => got.results.length === 3, 5_000, 'three events');
    expect(got.results).toEqual(
      [1, 2, 3].map((v) => ({ data: { thingUpdated: { id: 't1', name: `v${v}`, version: v, label: 'label of t1' } } })),
    );
    // The entity fetch for `label` went out signed with the subscriber's identity.
    expect(stack.labels.requests.filter((r) => r.id === 't1').map((r) => r.identity)).toEqual(
      Array(3).fill({ kind: 'user', userId: 'reader', role: 'CUSTOMER', isGuest: false }),
    );
    got.dispose();
    await released();
  });

  it('serves anonymous connections (no credentials in connection_init)', async () => {
    const c = stack.client();
    const got = stack.collect(c, 'subscription { thingUpdated(id: "pub") { name } }');
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'pub', name: 'hello', version: 1 });
    await eventually(() => got.results.length === 1);
    expect(got.results[0]).toEqual({ data: { thingUpdated: { name: 'hello' } } });
    expect(stack.labels.requests.some((r) => r.id === 'pub')).toBe(false);
    got.dispose();
    await released();
  });

  it('refuses an unknown field before anything is sent upstream', async () => {
    const calls = things().probe.subscribeCalls;
    const got = stack.collect(stack.client(), 'subscription { thingUpdated(id: "x") { id colour } }');
    await got.ended;
    expect(got.error).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Cannot query field "colour"'),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(things().probe.subscribeCalls).toBe(calls);
    expect(things().server.subscriptions!.connections).toBe(0);
  });

  it('refuses variables that do not fit the operation', async () => {
    const got = stack.collect(stack.client(), THING, { id: { nested: true } });
    await got.ended;
    expect(got.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it('sends queries and mutations back to HTTP', async () => {
    const got = stack.collect(stack.client(), '{ thing(id: "1") { id } }');
    await got.ended;
    expect(got.error).toEqual([expect.objectContaining({ message: expect.stringContaining('HTTP') })]);
  });

  it('ends the subscription with FORBIDDEN when the subgraph refuses it at subscribe time', async () => {
    const got = stack.collect(stack.client({ token: stack.token() }), THING, { id: 'secret-1' });
    await got.ended;
    expect(got.completed).toBe(true);
    expect(got.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] }]);
    await released();
  });

  it('lets an admin watch what a customer may not', async () => {
    const got = stack.collect(stack.client({ token: stack.token({ sub: 'boss', role: 'ADMIN' }) }), THING, { id: 'secret-2' });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'secret-2', name: 'classified', version: 1 });
    await eventually(() => got.results.length === 1);
    expect(got.results[0]?.data).toEqual({ thingUpdated: { id: 'secret-2', name: 'classified', version: 1, label: 'label of secret-2' } });
    got.dispose();
    await released();
  });

  it('releases the upstream subscription and connection when the client disconnects', async () => {
    const before = routerStats().connections;
    const c = stack.client({ token: stack.token({ sub: 'leaver' }) });
    stack.collect(c, THING, { id: 'gone' });
    await stack.waitForUpstream(1);
    expect(things().server.subscriptions!.subscriptions).toBe(1);
    expect(routerStats()).toMatchObject({ connections: before + 1, subscriptions: 1, feeds: 1, upstreamSubscriptions: 1 });
    c.terminate();
    await released();
    await eventually(() => routerStats().connections === before);
  });

  it('re-subscribes upstream after the subgraph connection drops, and events flow again', async () => {
    const upgraded = new Set<Socket>();
    const track = (_req: unknown, socket: Socket) => upgraded.add(socket);
    things().server.httpServer.on('upgrade', track);
    try {
      const got = stack.collect(stack.client(), THING, { id: 'bouncy' });
      await stack.waitForUpstream(1);
      const calls = things().probe.subscribeCalls;
      for (const s of upgraded) s.destroy();
      await eventually(() => things().probe.subscribeCalls > calls, 10_000, 'the router to re-subscribe');
      await stack.waitForUpstream(1);
      await stack.publish({ id: 'bouncy', name: 'back', version: 2 });
      await eventually(() => got.results.length === 1);
      expect(got.results[0]?.data).toMatchObject({ thingUpdated: { name: 'back' } });
      expect(got.error).toBeUndefined();
      got.dispose();
      await released();
    } finally {
      things().server.httpServer.off('upgrade', track);
    }
  });
});

describe('with ROUTER_EXECUTOR=stock', () => {
  let onStock: SubscriptionStack;
  beforeAll(async () => {
    onStock = await startSubscriptionStack({ router: { executor: 'stock' } });
  });
  afterAll(async () => {
    await onStock.stop();
  });

  it('completes every event through the gateway’s executeQueryPlan with the same answers', async () => {
    const c = onStock.client({ token: onStock.token({ sub: 'reader' }) });
    const got = onStock.collect(c, THING, { id: 't1' });
    await onStock.waitForUpstream(1);
    for (let version = 1; version <= 2; version++) await onStock.publish({ id: 't1', name: `v${version}`, version });
    await eventually(() => got.results.length === 2, 5_000, 'two events');
    expect(got.results).toEqual(
      [1, 2].map((v) => ({ data: { thingUpdated: { id: 't1', name: `v${v}`, version: v, label: 'label of t1' } } })),
    );
    got.dispose();
  });
});

describe('deduplication', () => {
  it('serves 50 identical subscriptions with one upstream subscription and one completion per event', async () => {
    const token = stack.token({ sub: 'fan' });
    const calls = things().probe.subscribeCalls;
    const all = Array.from({ length: 50 }, () => stack.collect(stack.client({ token }), THING, { id: 'hot' }));
    await eventually(() => routerStats().subscriptions === 50, 5_000, '50 client subscriptions');
    await stack.waitForUpstream(1);
    expect(routerStats()).toMatchObject({ subscriptions: 50, feeds: 1, upstreamSubscriptions: 1 });
    expect(things().probe.subscribeCalls - calls).toBe(1);
    expect(things().server.subscriptions!.subscriptions).toBe(1);
    const labelCalls = stack.labels.requests.length;
    await stack.publish({ id: 'hot', name: 'popular', version: 1 });
    await eventually(() => all.every((g) => g.results.length === 1), 5_000, 'every subscriber to receive the event');
    for (const g of all)
      expect(g.results[0]).toEqual({ data: { thingUpdated: { id: 'hot', name: 'popular', version: 1, label: 'label of hot' } } });
    expect(stack.labels.requests.length - labelCalls).toBe(1);
    all.forEach((g) => g.dispose());
    await released();
  });

  it('keeps subscriptions of different identities apart', async () => {
    const a = stack.collect(stack.client({ token: stack.token({ sub: 'alice' }) }), THING, { id: 'shared' });
    const b = stack.collect(stack.client({ token: stack.token({ sub: 'bob' }) }), THING, { id: 'shared' });
    await stack.waitForUpstream(2);
    expect(routerStats()).toMatchObject({ feeds: 2, upstreamSubscriptions: 2 });
    // Two identities, still one multiplexed connection to the subgraph.
    expect(things().server.subscriptions!.connections).toBe(1);
    await stack.publish({ id: 'shared', name: 'both', version: 1 });
    await eventually(() => a.results.length === 1 && b.results.length === 1);
    a.dispose();
    b.dispose();
    await released();
  });
});

describe('connection auth and limits', () => {
  it('closes with 4403 when the access token does not verify', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init', payload: { authorization: 'Bearer not.a.token' } });
    expect((await ws.closed).code).toBe(4403);
  });

  it('closes with 4403 when the access token expires while connected', async () => {
    const ws = await stack.rawSocket();
    const exp = Math.floor(Date.now() / 1000) + 2;
    ws.send({ type: 'connection_init', payload: { authorization: `Bearer ${stack.token({ exp })}` } });
    await eventually(() => ws.messages.some((m) => m['type'] === 'connection_ack'));
    expect(await ws.closed).toEqual({ code: 4403, reason: 'Access token expired' });
  });

  it('refuses a subscription beyond the per-connection limit with RATE_LIMITED', async () => {
    const c = stack.client({ token: stack.token({ sub: 'busy' }) });
    const ok = [1, 2, 3].map((i) => stack.collect(c, THING, { id: `busy-${i}` }));
    const refused = stack.collect(c, THING, { id: 'busy-4' });
    await refused.ended;
    expect(refused.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    ok.forEach((g) => g.dispose());
    await released();
  });

  it('closes a connection beyond the per-user limit with 1008', async () => {
    const token = stack.token({ sub: 'greedy' });
    const open: Awaited<ReturnType<SubscriptionStack['rawSocket']>>[] = [];
    for (let i = 0; i < 55; i++) {
      const ws = await stack.rawSocket();
      ws.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
      open.push(ws);
    }
    await eventually(() => open.every((ws) => ws.messages.length === 1), 5_000, '55 acknowledgements');
    const extra = await stack.rawSocket();
    extra.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect((await extra.closed).code).toBe(1008);
    open[0].socket.close();
    await open[0].closed;
    const again = await stack.rawSocket();
    again.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    await eventually(() => again.messages.some((m) => m['type'] === 'connection_ack'));
    for (const ws of [...open, again]) ws.socket.close();
  });

  it('closes with 1009 on a message larger than the limit', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init', payload: { padding: 'x'.repeat(70 * 1024) } });
    expect((await ws.closed).code).toBe(1009);
  });

  it('forwards the anonymous identity for connections without credentials', async () => {
    const got = stack.collect(stack.client(), THING, { id: 'anon' });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'anon', name: 'a', version: 1 });
    await eventually(() => got.results.length === 1);
    expect(stack.labels.requests.find((r) => r.id === 'anon')?.identity).toEqual(ANONYMOUS);
    got.dispose();
    await released();
  });
});

describe('graphql-ws protocol', () => {
  it('closes with 4400 on a message that is not a protocol message', async () => {
    const ws = await stack.rawSocket();
    ws.send('{"type":"connection_init"');
    expect((await ws.closed).code).toBe(4400);
  });

  it('closes with 4401 on subscribe before connection_init', async () => {
    const ws = await stack.rawSocket();
    ws.send({ id: '1', type: 'subscribe', payload: { query: THING, variables: { id: '1' } } });
    expect((await ws.closed).code).toBe(4401);
  });

  it('closes with 4408 when connection_init does not arrive in time', async () => {
    const ws = await stack.rawSocket();
    expect((await ws.closed).code).toBe(4408);
  });

  it('closes with 4409 on a second subscribe with a running id', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    await eventually(() => ws.messages.length === 1);
    const subscribe = { id: 'dup', type: 'subscribe', payload: { query: THING, variables: { id: 'dup' } } };
    ws.send(subscribe);
    ws.send(subscribe);
    expect((await ws.closed).code).toBe(4409);
    await released();
  });

  it('closes with 4429 on a second connection_init', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    ws.send({ type: 'connection_init' });
    expect((await ws.closed).code).toBe(4429);
  });

  it('closes with 4406 when the client does not ask for graphql-transport-ws', async () => {
    const ws = await stack.rawSocket(0, null);
    expect((await ws.closed).code).toBe(4406);
  });

  it('answers pings and completes on the client’s complete message', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    await eventually(() => ws.messages.length === 1);
    ws.send({ type: 'ping' });
    await eventually(() => ws.messages.some((m) => m['type'] === 'pong'));
    ws.send({ id: 'a', type: 'subscribe', payload: { query: THING, variables: { id: 'done' } } });
    await stack.waitForUpstream(1);
    ws.send({ id: 'a', type: 'complete' });
    await released();
    ws.socket.close();
  });
});
