import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { Identity } from '../src/auth/identity';
import { ForbiddenError } from '../src/errors';
import type { RequestContext } from '../src/graphql/context';
import { createSubgraphServer, type SubgraphServer } from '../src/http/subgraph-server';
import { createLogger } from '../src/logging';
import { createPubSub, type PubSub } from '../src/subscriptions/create-pubsub';
import { signConnectionInit, signSubscribe, SUBSCRIBE_SIGNATURE_EXTENSION } from '../src/subscriptions/subscription-signature';

const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { ping: String }
  type Subscription {
    tick(channel: String!): Tick!
    broken: Tick!
  }
  type Tick { n: Int!, seenBy: String! }
`;
const customer: Identity = { kind: 'user', userId: 'u7', role: 'CUSTOMER', isGuest: false };

let secret: string;
let pubsub: PubSub;
let server: SubgraphServer;
let wsUrl: string;
const leftovers: Client[] = [];

beforeAll(async () => {
  secret = randomBytes(32).toString('hex');
  const logger = createLogger('test', 'silent');
  pubsub = createPubSub({ namespace: 'unit', logger });
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Subscription: {
        tick: {
          subscribe: (_: unknown, { channel }: { channel: string }, ctx: RequestContext) => {
            if (channel === 'private' && ctx.identity.kind !== 'user') throw new ForbiddenError();
            return pubsub.asyncIterableIterator(channel);
          },
          resolve: (event: { n: number }, _: unknown, ctx: RequestContext) => ({ n: event.n, seenBy: JSON.stringify(ctx.identity) }),
        },
        broken: {
          subscribe: () => pubsub.asyncIterableIterator('broken'),
          resolve: () => {
            throw new Error('db-primary.internal refused the connection');
          },
        },
      },
    } as never,
  });
  server = createSubgraphServer<RequestContext>({
    name: 'unit',
    schema,
    routerSecret: secret,
    logger,
    createContext: (b) => b,
    subscriptions: true,
  });
  const { url } = await server.listen(0);
  wsUrl = url.replace('http', 'ws');
});
afterAll(async () => {
  await Promise.all(leftovers.map(async (c) => c.dispose()));
  await server.stop();
  await pubsub.close();
});

function routerClient(params: () => Record<string, unknown> = () => signConnectionInit(secret, 'conn-1')): Client {
  const c = createClient({ url: wsUrl, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: params });
  leftovers.push(c);
  return c;
}

function run(c: Client, query: string, variables: Record<string, unknown>, identity: Identity | undefined) {
  const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  let error: unknown;
  const extensions = identity ? { [SUBSCRIBE_SIGNATURE_EXTENSION]: signSubscribe(secret, identity, 'req-1', { query, variables }) } : {};
  const ended = new Promise<void>((resolve) => {
    c.subscribe(
      { query, variables, extensions },
      { next: (r) => void results.push(r), error: (e) => ((error = e), resolve()), complete: resolve },
    );
  });
  return { results, ended, error: () => error };
}

async function until(check: () => boolean) {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('subgraph graphql-ws', () => {
  it('closes with 4403 a connection whose connection_init the router did not sign', async () => {
    const run1 = run(
      routerClient(() => ({})),
      'subscription { tick(channel: "a") { n } }',
      {},
      customer,
    );
    await run1.ended;
    expect(run1.error()).toMatchObject({ code: 4403 });
  });

  it('closes with 4403 a connection signed with another secret or too long ago', async () => {
    const other = run(
      routerClient(() => signConnectionInit('x'.repeat(64), 'c')),
      'subscription { tick(channel: "a") { n } }',
      {},
      customer,
    );
    const stale = run(
      routerClient(() => signConnectionInit(secret, 'c', Date.now() - 120_000)),
      'subscription { tick(channel: "a") { n } }',
      {},
      customer,
    );
    await Promise.all([other.ended, stale.ended]);
    expect(other.error()).toMatchObject({ code: 4403 });
    expect(stale.error()).toMatchObject({ code: 4403 });
  });

  it('refuses an unsigned subscribe with FORBIDDEN', async () => {
    const r = run(routerClient(), 'subscription { tick(channel: "a") { n } }', {}, undefined);
    await r.ended;
    expect(r.error()).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('refuses a subscribe whose variables differ from what the router signed', async () => {
    const query = 'subscription T($c: String!) { tick(channel: $c) { n } }';
    const signature = signSubscribe(secret, customer, 'req', { query, variables: { c: 'a' } });
    let error: unknown;
    await new Promise<void>((resolve) =>
      routerClient().subscribe(
        { query, variables: { c: 'private' }, extensions: { [SUBSCRIBE_SIGNATURE_EXTENSION]: signature } },
        { next: () => undefined, error: (e) => ((error = e), resolve()), complete: resolve },
      ),
    );
    expect(error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it('runs a signed subscription with the forwarded identity in the resolver context', async () => {
    const r = run(routerClient(), 'subscription { tick(channel: "b") { n seenBy } }', {}, customer);
    await until(() => server.subscriptions!.subscriptions === 1);
    await new Promise((res) => setTimeout(res, 50));
    await pubsub.publish('b', { n: 1 });
    await until(() => r.results.length === 1);
    expect(r.results[0]).toEqual({ data: { tick: { n: 1, seenBy: JSON.stringify(customer) } } });
  });

  it('answers a subscribe-time refusal with the coded error, then completes', async () => {
    const r = run(routerClient(), 'subscription { tick(channel: "private") { n } }', {}, { kind: 'anonymous' });
    await r.ended;
    expect(r.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })] }]);
  });

  it('masks unexpected resolver errors as over HTTP', async () => {
    const before = server.subscriptions!.subscriptions;
    const r = run(routerClient(), 'subscription { broken { n } }', {}, customer);
    await until(() => server.subscriptions!.subscriptions === before + 1);
    await new Promise((res) => setTimeout(res, 50));
    await pubsub.publish('broken', {});
    await until(() => r.results.length === 1);
    expect(r.results[0]?.errors).toEqual([
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(r.results)).not.toContain('db-primary');
  });
});
