#!/usr/bin/env node
// Subscription fan-out benchmark: N graphql-ws subscribers on one router process, fed by a
// fixture subgraph over Redis pub/sub (in memory when Redis does not answer).
//
//   node bench/subscriptions.mjs [--subscribers 10000] [--distinct 1] [--events 30]
//                                [--interval 250] [--build] [--redis redis://127.0.0.1:6379]
//
// Three processes, so the router's RSS is its own: this one (clients and timing), `subgraphs`
// (the `things` subgraph that owns `Subscription.thingUpdated(id)`, and `labels`, which adds
// `Thing.label`, so every event also costs one entity fetch) and `router`. Each event carries
// the wall-clock time the subgraph published it; latency is publish → the LAST subscriber's
// receipt of that event (that includes this process reading N messages one after another).
// `--distinct K` spreads subscribers over K thing ids, i.e. K deduplicated upstream feeds.
import { execFileSync, fork } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Everything resolves from the router workspace, never from bench/node_modules (its own graphql).
const need = createRequire(join(root, 'router', 'package.json'));
const now = () => performance.timeOrigin + performance.now();
const { values: args } = parseArgs({
  options: {
    role: { type: 'string', default: 'driver' },
    subscribers: { type: 'string', default: '10000' },
    distinct: { type: 'string', default: '1' },
    events: { type: 'string', default: '30' },
    interval: { type: 'string', default: '250' },
    redis: { type: 'string', default: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' },
    build: { type: 'boolean', default: false },
  },
});

const THINGS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { thing(id: ID!): Thing }
  type Subscription { thingUpdated(id: ID!): Thing! }
  type Thing @key(fields: "id") { id: ID! name: String! sentAt: Float! }
`;
const LABELS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query { labelsVersion: String! }
  type Thing @key(fields: "id") { id: ID! label: String! }
`;
const QUERY = 'subscription Watch($id: ID!) { thingUpdated(id: $id) { id name sentAt label } }';
const SECRET = 'bench-router-secret-bench-router-secret';

/** Answers `{ id, call, arg }` messages from the parent with `{ id, result }`. */
function serve(handlers) {
  process.on('message', async ({ id, call, arg }) => process.send({ id, result: await handlers[call](arg) }));
  process.on('disconnect', () => process.exit(0));
}

async function subgraphsRole() {
  const { parse } = need('graphql');
  const { buildSubgraphSchema } = need('@apollo/subgraph');
  const { composeServices } = createRequire(join(root, 'package.json'))('@apollo/composition');
  const platform = {
    ...need('@foodgraph/platform/logging'),
    ...need('@foodgraph/platform/subscriptions'),
    ...need('@foodgraph/platform/http'),
  };
  const logger = platform.createLogger('bench', 'silent');
  const redisUrl = (await redisAnswers(args.redis)) ? args.redis : undefined;
  const pubsub = platform.createPubSub({ redisUrl, namespace: `bench${process.pid}`, logger });
  const iterators = new Set();
  const things = platform.createSubgraphServer({
    name: 'things',
    routerSecret: SECRET,
    logger,
    createContext: (b) => b,
    subscriptions: true,
    schema: buildSubgraphSchema({
      typeDefs: parse(THINGS_SDL),
      resolvers: {
        Query: { thing: (_, { id }) => ({ id, name: id, sentAt: 0 }) },
        Subscription: {
          thingUpdated: {
            subscribe: (_, { id }) => {
              const it = pubsub.asyncIterableIterator(`thing.${id}`);
              iterators.add(it);
              return it;
            },
            resolve: (event) => event,
          },
        },
      },
    }),
  });
  const labels = platform.createSubgraphServer({
    name: 'labels',
    routerSecret: SECRET,
    logger,
    createContext: (b) => b,
    schema: buildSubgraphSchema({
      typeDefs: parse(LABELS_SDL),
      resolvers: { Query: { labelsVersion: () => '1' }, Thing: { __resolveReference: (r) => r, label: (t) => `label of ${t.id}` } },
    }),
  });
  const urls = { things: (await things.listen(0)).url, labels: (await labels.listen(0)).url };
  const composed = composeServices([
    { name: 'things', typeDefs: parse(THINGS_SDL), url: urls.things },
    { name: 'labels', typeDefs: parse(LABELS_SDL), url: urls.labels },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  serve({
    info: () => ({ supergraphSdl: composed.supergraphSdl, redis: redisUrl ?? 'in-memory' }),
    ready: async (count) => {
      const live = () => [...iterators].length;
      while (live() < count) await new Promise((r) => setTimeout(r, 20));
      await Promise.all([...iterators].map((it) => it.ready));
      return live();
    },
    publish: async (id) => {
      await pubsub.publish(`thing.${id}`, { id, name: 'changed', sentAt: now() });
      return true;
    },
  });
  process.send({ up: true });
}

async function redisAnswers(url) {
  const { Redis } = need('ioredis');
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

async function routerRole() {
  const { createRouter } = need('@foodgraph/router');
  const platform = need('@foodgraph/platform/logging');
  let router;
  serve({
    start: async (supergraphSdl) => {
      router = createRouter({ supergraphSdl, routerSecret: SECRET, logger: platform.createLogger('router', 'silent') });
      return (await router.listen(0)).url;
    },
    stats: () => ({
      ...router.subscriptions.stats(),
      rssMb: process.memoryUsage().rss / 2 ** 20,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    }),
  });
  process.send({ up: true });
}

function child(role) {
  const proc = fork(fileURLToPath(import.meta.url), ['--role', role, '--redis', args.redis], { stdio: 'inherit' });
  const pending = new Map();
  let next = 0;
  const up = new Promise((r) => proc.on('message', (m) => (m.up ? r() : (pending.get(m.id)?.(m.result), pending.delete(m.id)))));
  const call = (name, arg) =>
    new Promise((r) => {
      const id = next++;
      pending.set(id, r);
      proc.send({ id, call: name, arg });
    });
  return { proc, up, call };
}

function ensureBuilt() {
  const dists = ['packages/events', 'packages/platform', 'router'].map((p) => join(root, p));
  if (!args.build && dists.every((d) => existsSync(join(d, 'dist', 'index.js')))) return;
  for (const dir of dists) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function driver() {
  const subscribers = Number(args.subscribers);
  const distinct = Math.max(1, Number(args.distinct));
  const events = Number(args.events);
  ensureBuilt();
  const WebSocket = need('ws');
  const subgraphs = child('subgraphs');
  const routerProc = child('router');
  await Promise.all([subgraphs.up, routerProc.up]);
  const { supergraphSdl, redis } = await subgraphs.call('info');
  const wsUrl = (await routerProc.call('start', supergraphSdl)).replace(/^http/, 'ws');
  const baseline = await routerProc.call('stats');
  console.error(`router up (RSS ${baseline.rssMb.toFixed(0)} MB), pub/sub: ${redis}; opening ${subscribers} subscribers…`);

  // receipts[event][k] = when subscriber k received event `event`.
  const received = new Map();
  const sockets = [];
  const open = (k) =>
    new Promise((resolveOpen, reject) => {
      const socket = new WebSocket(wsUrl, 'graphql-transport-ws');
      sockets.push(socket);
      socket.on('error', reject);
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
      socket.on('message', (data) => {
        const msg = JSON.parse(data);
        if (msg.type === 'connection_ack') {
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUERY, variables: { id: `t${k % distinct}` } } }));
          resolveOpen();
        } else if (msg.type === 'next') {
          const at = now();
          const sentAt = msg.payload.data.thingUpdated.sentAt;
          let r = received.get(sentAt);
          if (!r) received.set(sentAt, (r = { count: 0, last: 0, sum: 0 }));
          r.count++;
          r.last = Math.max(r.last, at);
          r.sum += at - sentAt;
        } else if (msg.type === 'error') reject(new Error(JSON.stringify(msg.payload)));
      });
    });
  const started = now();
  for (let k = 0; k < subscribers; k += 250)
    await Promise.all(Array.from({ length: Math.min(250, subscribers - k) }, (_, i) => open(k + i)));
  for (;;) {
    const s = await routerProc.call('stats');
    if (s.subscriptions >= subscribers && s.upstreamSubscriptions >= distinct) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await subgraphs.call('ready', distinct);
  const connectedMs = now() - started;
  const subscribed = await routerProc.call('stats');
  console.error(`${subscribers} subscribed in ${(connectedMs / 1000).toFixed(1)} s; router ${JSON.stringify(subscribed)}`);

  const perEvent = [];
  for (let e = 0; e < events; e++) {
    const before = received.size;
    for (let d = 0; d < distinct; d++) await subgraphs.call('publish', `t${d}`);
    const deadline = now() + 30_000;
    const complete = () =>
      received.size >= before + distinct && [...received.values()].slice(before).reduce((n, r) => n + r.count, 0) >= subscribers;
    while (!complete() && now() < deadline) await new Promise((r) => setTimeout(r, 2));
    if (!complete()) throw new Error(`event ${e}: not every subscriber received it within 30 s`);
    const batch = [...received.entries()].slice(before);
    const lastMs = Math.max(...batch.map(([sentAt, r]) => r.last - sentAt));
    const meanMs = batch.reduce((n, [, r]) => n + r.sum, 0) / subscribers;
    perEvent.push({ lastMs, meanMs });
    await new Promise((r) => setTimeout(r, Number(args.interval)));
  }
  const after = await routerProc.call('stats');
  const last = perEvent.map((p) => p.lastMs).sort((a, b) => a - b);
  const mean = perEvent.map((p) => p.meanMs).sort((a, b) => a - b);
  const result = {
    subscribers,
    distinct,
    events,
    pubsub: redis,
    connectSeconds: +(connectedMs / 1000).toFixed(2),
    lastReceiptMs: { p50: +pct(last, 50).toFixed(1), p99: +pct(last, 99).toFixed(1), max: +last.at(-1).toFixed(1) },
    meanReceiptMs: { p50: +pct(mean, 50).toFixed(1), p99: +pct(mean, 99).toFixed(1) },
    routerRssMb: { idle: +baseline.rssMb.toFixed(0), subscribed: +subscribed.rssMb.toFixed(0), afterEvents: +after.rssMb.toFixed(0) },
    routerStats: { feeds: after.feeds, upstreamSubscriptions: after.upstreamSubscriptions },
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(
    join(root, 'bench', 'results', `subscriptions-${new Date().toISOString().replace(/[:.]/g, '-')}.json`),
    JSON.stringify(result, null, 2),
  );
  for (const s of sockets) s.terminate();
  subgraphs.proc.kill();
  routerProc.proc.kill();
}

const roles = { driver, subgraphs: subgraphsRole, router: routerRole };
roles[args.role]().catch((err) => {
  console.error(err);
  process.exit(1);
});
