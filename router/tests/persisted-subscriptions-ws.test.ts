import { ApolloClient, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { createHash } from 'node:crypto';
import { eventually, startSubscriptionStack, type SubscriptionStack } from './fixtures/subscription-stack';

const THING = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name version label } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persistedQuery = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

/**
 * Apollo Client with the persisted-query link in front of graphql-ws, as an app would build it,
 * recording every subscribe payload it sends.
 */
function apolloOverWs(stack: SubscriptionStack, generateHash?: (document: DocumentNode) => string) {
  const ws = stack.client();
  const sent: SubscribePayload[] = [];
  const subscribe = ws.subscribe.bind(ws);
  ws.subscribe = (payload, sink) => {
    sent.push(payload);
    return subscribe(payload, sink);
  };
  const pq = new PersistedQueryLink(generateHash ? { generateHash } : { sha256 });
  return { client: new ApolloClient({ link: pq.concat(new GraphQLWsLink(ws)), cache: new InMemoryCache() }), sent };
}

const WATCH = gql`
  subscription Watch($id: ID!) {
    thingUpdated(id: $id) {
      id
      name
      version
      label
    }
  }
`;

describe('APQ over graphql-ws', () => {
  let stack: SubscriptionStack;
  beforeAll(async () => {
    stack = await startSubscriptionStack({ router: { persistedQueries: { mode: 'apq' } } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it('registers text + hash, so a later subscribe with the hash alone runs it', async () => {
    const query = THING.replace('Watch', 'WatchOnce');
    const first = stack.collect(stack.client(), query, { id: 'apq-1' });
    // graphql-ws's client insists on a query string; the hash travels in extensions.
    const withHash = stack
      .client()
      .subscribe(
        { query, variables: { id: 'apq-1' }, extensions: persistedQuery(query) },
        { next: () => undefined, error: () => undefined, complete: () => undefined },
      );
    await stack.waitForUpstream(1);
    withHash();
    first.dispose();
    await eventually(() => stack.things[0].probe.iterators.size === 0, 5_000, 'the first subscriptions to end');

    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    await eventually(() => ws.messages.some((m) => m['type'] === 'connection_ack'));
    // Only the id: no `query` at all (graphql-ws would close with 4400 without our reviver).
    ws.send({ id: 'h', type: 'subscribe', payload: { variables: { id: 'apq-2' }, extensions: persistedQuery(query) } });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'apq-2', name: 'by hash', version: 1 });
    await eventually(() => ws.messages.some((m) => m['type'] === 'next'), 5_000, 'an event');
    expect(ws.messages.find((m) => m['type'] === 'next')).toEqual({
      id: 'h',
      type: 'next',
      payload: { data: { thingUpdated: { id: 'apq-2', name: 'by hash', version: 1, label: 'label of apq-2' } } },
    });
    ws.socket.close();
  });

  it('answers an unknown hash alone with PERSISTED_QUERY_NOT_FOUND, keeping the socket open', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    await eventually(() => ws.messages.some((m) => m['type'] === 'connection_ack'));
    ws.send({ id: 'u', type: 'subscribe', payload: { extensions: persistedQuery('subscription Never { thingUpdated(id: "n") { id } }') } });
    await eventually(() => ws.messages.some((m) => m['type'] === 'error'), 5_000, 'an error message');
    expect(ws.messages.find((m) => m['type'] === 'error')).toEqual({
      id: 'u',
      type: 'error',
      payload: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) })],
    });
    expect(ws.socket.readyState).toBe(ws.socket.OPEN);
    ws.socket.close();
  });

  it('still closes with 4400 on a subscribe with neither query nor persisted id', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    await eventually(() => ws.messages.some((m) => m['type'] === 'connection_ack'));
    ws.send({ id: 'x', type: 'subscribe', payload: { variables: {} } });
    expect((await ws.closed).code).toBe(4400);
  });

  it("works with Apollo Client's persisted-query link over GraphQLWsLink, registering the operation", async () => {
    const { client, sent } = apolloOverWs(stack);
    const results: unknown[] = [];
    const sub = client.subscribe({ query: WATCH, variables: { id: 'ac-1' } }).subscribe({ next: (r) => results.push(r) });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'ac-1', name: 'apollo', version: 1 });
    await eventually(() => results.length === 1, 5_000, 'an event at Apollo Client');
    expect(results[0]).toMatchObject({
      data: { thingUpdated: { __typename: 'Thing', id: 'ac-1', name: 'apollo', version: 1, label: 'label of ac-1' } },
    });
    sub.unsubscribe();
    await eventually(() => stack.things[0].probe.iterators.size === 0, 5_000, 'the first subscription to end');
    expect(sent[0]?.extensions).toEqual({ persistedQuery: { version: 1, sha256Hash: sha256(sent[0]?.query ?? '') } });

    // What the link sent is now registered: the hash alone runs it.
    const byHash = stack
      .client()
      .subscribe(
        { query: '', variables: { id: 'ac-2' }, extensions: sent[0]?.extensions ?? {} },
        { next: (r) => results.push(r), error: (e) => results.push({ error: e }), complete: () => undefined },
      );
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'ac-2', name: 'again', version: 2 });
    await eventually(() => results.length === 2, 5_000, 'an event for the hash alone');
    expect(results[1]).toMatchObject({ data: { thingUpdated: { id: 'ac-2', name: 'again' } } });
    byHash();
  });
});

describe('safelist mode over graphql-ws', () => {
  // The list's copy is printed differently from Apollo Client's (one line, __typename last).
  const listed = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name version label __typename } }';
  const manifest = {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [{ id: sha256(listed), name: 'Watch', type: 'subscription', body: listed }],
  };
  let stack: SubscriptionStack;
  beforeAll(async () => {
    stack = await startSubscriptionStack({ router: { persistedQueries: { mode: 'safelist', manifest } } });
  });
  afterAll(async () => {
    await stack.stop();
  });

  it("runs the listed operation for Apollo Client's persisted-query link with manifest ids", async () => {
    const ids: Record<string, string> = { Watch: sha256(listed) };
    const { client } = apolloOverWs(stack, (document) => ids[getOperationAST(document)?.name?.value ?? ''] ?? '');
    const results: unknown[] = [];
    const errors: unknown[] = [];
    const sub = client
      .subscribe({ query: WATCH, variables: { id: 'safe-1' } })
      .subscribe({ next: (r) => results.push(r), error: (e) => errors.push(e) });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'safe-1', name: 'listed', version: 1 });
    await eventually(() => results.length === 1, 5_000, 'an event at Apollo Client');
    expect(errors).toEqual([]);
    expect(results[0]).toMatchObject({ data: { thingUpdated: { __typename: 'Thing', id: 'safe-1', name: 'listed' } } });
    sub.unsubscribe();
  });

  it('accepts the listed id alone and refuses a free-form subscription with PERSISTED_QUERY_NOT_LISTED', async () => {
    const ws = await stack.rawSocket();
    ws.send({ type: 'connection_init' });
    await eventually(() => ws.messages.some((m) => m['type'] === 'connection_ack'));
    ws.send({ id: 'free', type: 'subscribe', payload: { query: THING, variables: { id: 'f' } } });
    ws.send({
      id: 'doc',
      type: 'subscribe',
      payload: { variables: { id: 'safe-2' }, extensions: { documentId: `sha256:${sha256(listed)}` } },
    });
    await stack.waitForUpstream(1);
    await stack.publish({ id: 'safe-2', name: 'by id', version: 1 });
    await eventually(() => ws.messages.some((m) => m['type'] === 'next'), 5_000, 'an event');
    expect(ws.messages.find((m) => m['id'] === 'free')).toMatchObject({
      type: 'error',
      payload: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_LISTED' }) })],
    });
    expect(ws.messages.find((m) => m['id'] === 'doc')).toMatchObject({
      type: 'next',
      payload: { data: { thingUpdated: { id: 'safe-2', name: 'by id', __typename: 'Thing' } } },
    });
    ws.socket.close();
  });
});
