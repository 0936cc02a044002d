import { eventually, startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

const THING = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name label } }';

describe('two routers and two subgraph instances over Redis', () => {
  let stack: SubscriptionStack;
  beforeAll(async () => {
    stack = await startSubscriptionStack({ things: 2, routers: 2 });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('delivers an event published through either subgraph instance to subscribers on both routers', async () => {
    const token = stack.token({ sub: 'watcher' });
    const onFirst = stack.collect(stack.client({ router: 0, token }), THING, { id: 'r1' });
    const onSecond = stack.collect(stack.client({ router: 1, token }), THING, { id: 'r1' });
    // Router 0 subscribes at things instance 0, router 1 at instance 1.
    await eventually(() => stack.things.every((t) => t.probe.iterators.size === 1), 5_000, 'one upstream subscription per instance');
    await stack.waitForUpstream(2);

    await stack.publish({ id: 'r1', name: 'from instance 0', version: 1 }, 0);
    await stack.publish({ id: 'r1', name: 'from instance 1', version: 2 }, 1);

    const expected = ['from instance 0', 'from instance 1'].map((name) => ({
      data: { thingUpdated: { id: 'r1', name, label: 'label of r1' } },
    }));
    await eventually(() => onFirst.results.length === 2 && onSecond.results.length === 2, 5_000, 'both events on both routers');
    expect(onFirst.results).toEqual(expected);
    expect(onSecond.results).toEqual(expected);
  });
});

describe('an unreachable subgraph', () => {
  let stack: SubscriptionStack;
  beforeAll(async () => {
    stack = await startSubscriptionStack({ router: { subscriptions: { upstreamRetryAttempts: 1 } } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('ends the client subscription with an error once reconnecting upstream gives up', async () => {
    const got = stack.collect(stack.client(), THING, { id: 'doomed' });
    await stack.waitForUpstream(1);
    await stack.things[0].server.stop();
    await got.ended;
    expect(got.completed).toBe(false);
    expect(got.error).toEqual([
      {
        message: 'The things service is unavailable',
        extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_UNAVAILABLE', serviceName: 'things' },
      },
    ]);
    const stats = stack.routers[0].router.subscriptions!.stats();
    expect(stats).toMatchObject({ subscriptions: 0, feeds: 0, upstreamSubscriptions: 0 });
  });
});
