import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createClient, type Client as SseClient, type ExecutionResult } from 'graphql-sse';
import { createHash } from 'node:crypto';
import { eventually, startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

const THING = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name version label } }';
const WATCH = gql(THING);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const httpUrl = (stack: SubscriptionStack) => stack.routers[0].wsUrl.replace(/^ws/, 'http');

/** What one HTTP subscription received, whichever client made it. */
interface Got {
  results: unknown[];
  error: unknown;
  completed: boolean;
  ended: Promise<void>;
  dispose(): void;
}

function collector(): Got & { finish(): void } {
  let finish!: () => void;
  const ended = new Promise<void>((resolve) => (finish = resolve));
  return { results: [], error: undefined, completed: false, ended, dispose: () => undefined, finish };
}

/** graphql-sse's own client (distinct connections mode, no retries, so failures surface). */
function sseClient(stack: SubscriptionStack, token?: string): SseClient {
  return createClient({
    url: httpUrl(stack),
    retryAttempts: 0,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

function sseSubscribe(
  client: SseClient,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
): Got {
  const got = collector();
  got.dispose = client.subscribe<ExecutionResult>(payload, {
    next: (r) => void got.results.push(r),
    error: (e) => {
      got.error = e;
      got.finish();
    },
    complete: () => {
      got.completed = true;
      got.finish();
    },
  });
  return got;
}

/** Apollo Client over HttpLink: it asks for multipart subscriptions by itself. */
function apolloSubscribe(stack: SubscriptionStack, variables: Record<string, unknown>, token?: string, query = WATCH): Got {
  const client = new ApolloClient({
    link: new HttpLink({ uri: httpUrl(stack), headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: new InMemoryCache(),
  });
  const got = collector();
  const sub = client.subscribe({ query, variables }).subscribe({
    next: (r) => void got.results.push(r),
    error: (e) => {
      got.error = e;
      got.finish();
    },
    complete: () => {
      got.completed = true;
      got.finish();
    },
  });
  got.dispose = () => sub.unsubscribe();
  return got;
}

let stack: SubscriptionStack;
beforeAll(async () => {
  stack = await startSubscriptionStack({ router: { limits: { maxAliases: 1 } } });
});
afterAll(async () => {
  await stack.stop();
});

const stats = () => stack.routers[0].router.subscriptions!.stats();
async function released(): Promise<void> {
  await eventually(() => stats().feeds === 0 && stats().httpStreams === 0 && stack.things[0].probe.iterators.size === 0, 5_000, 'release');
}

describe('subscriptions over SSE (graphql-sse)', () => {
  it('delivers events completed across subgraphs, as the bearer token’s user', async () => {
    const got = sseSubscribe(sseClient(stack, stack.token({ sub: 'sse-reader' })), { query: THING, variables: { id: 'sse-1' } });
    await stack.waitForUpstream(1);
    for (let version = 1; version <= 2; version++) await stack.publish({ id: 'sse-1', name: `v${version}`, version });
    await eventually(() => got.results.length === 2, 5_000, 'two events');
    expect(got.results).toEqual(
      [1, 2].map((v) => ({ data: { thingUpdated: { id: 'sse-1', name: `v${v}`, version: v, label: 'label of sse-1' } } })),
    );
    expect(stack.labels.requests.find((r) => r.id === 'sse-1')?.identity).toEqual({
      kind: 'user',
      userId: 'sse-reader',
      role: 'CUSTOMER',
      isGuest: false,
    });
    expect(stats()).toMatchObject({ httpStreams: 1, subscriptions: 1 });
    got.dispose();
    await released();
  });

  it('shares one upstream subscription with a graphql-ws client of the same user', async () => {
    const token = stack.token({ sub: 'both' });
    const overSse = sseSubscribe(sseClient(stack, token), { query: THING, variables: { id: 'shared' } });
    const overWs = stack.collect(stack.client({ token }), THING, { id: 'shared' });
    await eventually(() => stats().subscriptions === 2, 5_000, 'two subscribers');
    await stack.waitForUpstream(1);
    expect(stats()).toMatchObject({ feeds: 1, upstreamSubscriptions: 1 });
    await stack.publish({ id: 'shared', name: 'once', version: 1 });
    await eventually(() => overSse.results.length === 1 && overWs.results.length === 1, 5_000, 'both to receive');
    expect(overSse.results[0]).toEqual(overWs.results[0]);
    overSse.dispose();
    overWs.dispose();
    await released();
  });

  it('ends the stream with FORBIDDEN when the subgraph refuses the subscription', async () => {
    const got = sseSubscribe(sseClient(stack, stack.token()), { query: THING, variables: { id: 'secret-sse' } });
    await got.ended;
    expect(got.completed).toBe(true);
    expect(got.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] }]);
    await released();
  });

  it('refuses an operation over the request limits with QUERY_TOO_COMPLEX before anything goes upstream', async () => {
    const calls = stack.things[0].probe.subscribeCalls;
    const got = sseSubscribe(sseClient(stack), { query: 'subscription { thingUpdated(id: "a") { a: id b: name } }' });
    await got.ended;
    expect(got.results).toEqual([
      { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) })] },
    ]);
    expect(stack.things[0].probe.subscribeCalls).toBe(calls);
  });

  it('runs an APQ hash registered over graphql-ws', async () => {
    const query = THING.replace('Watch', 'WatchSse');
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const registering = stack
      .client()
      .subscribe(
        { query, variables: { id: 'reg' }, extensions },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    await stack.waitForUpstream(1);
    registering();
    await released();
    const got = sseSubscribe(sseClient(stack), { query: '', variables: { id: 'by-hash' }, extensions });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'by-hash', name: 'hashed', version: 1 });
    await eventually(() => got.results.length === 1, 5_000, 'an event');
    expect(got.results[0]).toMatchObject({ data: { thingUpdated: { id: 'by-hash', name: 'hashed' } } });
    got.dispose();
    await released();
  });

  it('leaves queries to Apollo (JSON answer when JSON is acceptable too)', async () => {
    const res = await fetch(httpUrl(stack), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream, application/json' },
      body: JSON.stringify({ query: '{ thing(id: "q") { id } }' }),
    });
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toEqual({ data: { thing: expect.objectContaining({ id: 'q' }) } });
  });
});

describe('multipart subscriptions (Apollo Client HttpLink)', () => {
  it('delivers events as the bearer token’s user', async () => {
    const got = apolloSubscribe(stack, { id: 'mp-1' }, stack.token({ sub: 'mp-reader' }));
    await stack.waitForUpstream(1);
    expect(stats()).toMatchObject({ httpStreams: 1 });
    for (let version = 1; version <= 2; version++) await stack.publish({ id: 'mp-1', name: `v${version}`, version });
    await eventually(() => got.results.length === 2, 5_000, 'two events');
    expect(got.results).toEqual(
      [1, 2].map((v) => ({
        data: { thingUpdated: { __typename: 'Thing', id: 'mp-1', name: `v${v}`, version: v, label: 'label of mp-1' } },
      })),
    );
    expect(stack.labels.requests.find((r) => r.id === 'mp-1')?.identity).toMatchObject({ userId: 'mp-reader' });
    got.dispose();
    await released();
  });

  it('ends the subscription with FORBIDDEN when the subgraph refuses it', async () => {
    const got = apolloSubscribe(stack, { id: 'secret-mp' }, stack.token());
    await got.ended;
    const { error, results } = got as { error?: { errors?: unknown[] }; results: { error?: { errors?: unknown[] } }[] };
    const errors = error?.errors ?? results[0]?.error?.errors;
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    await released();
  });

  it('refuses an operation over the request limits with QUERY_TOO_COMPLEX', async () => {
    const got = apolloSubscribe(stack, {}, undefined, gql('subscription Two { thingUpdated(id: "a") { a: id b: name } }'));
    await got.ended;
    const { error, results } = got as { error?: { errors?: unknown[] }; results: { error?: { errors?: unknown[] } }[] };
    expect(error?.errors ?? results[0]?.error?.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }) }),
    ]);
  });

  it('releases the upstream subscription when the client unsubscribes', async () => {
    const got = apolloSubscribe(stack, { id: 'mp-gone' });
    await stack.waitForUpstream(1);
    got.dispose();
    await released();
  });
});

describe('subscriptions over HTTP in safelist mode', () => {
  const listed = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name version label __typename } }';
  let safe: SubscriptionStack;
  beforeAll(async () => {
    safe = await startSubscriptionStack({
      router: {
        persistedQueries: {
          mode: 'safelist',
          manifest: {
            format: 'apollo-persisted-query-manifest',
            version: 1,
            operations: [{ id: sha256(listed), name: 'Watch', type: 'subscription', body: listed }],
          },
        },
      },
    });
  });
  afterAll(async () => {
    await safe.stop();
  });

  it('refuses a free-form subscription with PERSISTED_QUERY_NOT_LISTED over SSE and multipart', async () => {
    const overSse = sseSubscribe(sseClient(safe), { query: THING, variables: { id: 'free' } });
    const overMultipart = apolloSubscribe(safe, { id: 'free' });
    await Promise.all([overSse.ended, overMultipart.ended]);
    const notListed = [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_LISTED' }) })];
    expect(overSse.results).toEqual([{ errors: notListed }]);
    const { error, results } = overMultipart as { error?: { errors?: unknown[] }; results: { error?: { errors?: unknown[] } }[] };
    expect(error?.errors ?? results[0]?.error?.errors).toEqual(notListed);
  });

  it('runs the listed operation by id over SSE', async () => {
    const got = sseSubscribe(sseClient(safe), {
      query: '',
      variables: { id: 'listed' },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(listed) } },
    });
    await safe.waitForUpstream(1);
    await safe.publish({ id: 'listed', name: 'ok', version: 1 });
    await eventually(() => got.results.length === 1, 5_000, 'an event');
    expect(got.results[0]).toMatchObject({ data: { thingUpdated: { id: 'listed', name: 'ok', __typename: 'Thing' } } });
    got.dispose();
  });
});
