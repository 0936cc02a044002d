#!/usr/bin/env node
// Order throughput through the router: N customers at a time each place a QR order, wait for
// its QR code, pay it through the sandbox provider's signed webhook and wait until it is
// PLACED, again and again. Real PostgreSQL, NATS JetStream and Redis; the stack runs in a
// fresh namespace (`node scripts/start.mjs`) and the router as production runs it
// (`node router/dist/main.js`); both are removed again afterwards, databases and streams too.
//
//   node bench/orders.mjs                                 # 1, 8 and 32 customers, 15 s each
//   node bench/orders.mjs --customers 16 --duration 30    # one level, longer
//   node bench/orders.mjs --router stack                  # the stack's in-process router instead
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { portInUse, startGroup, stopGroup, waitFor } from './lib/processes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '1,8,32' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    restaurants: { type: 'string', default: '4' },
    'poll-ms': { type: 'string', default: '25' },
    router: { type: 'string', default: 'separate' },
    keep: { type: 'boolean', default: false },
  },
});
const LEVELS = args.customers.split(',').map(Number);
const DURATION_S = Number(args.duration);
const WARMUP_S = Number(args.warmup);
const POLL_MS = Number(args['poll-ms']);
const env = process.env;
const DATABASE_URL = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NATS_URL = env.NATS_URL ?? 'nats://127.0.0.1:4222';
const REDIS_URL = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Away from run.mjs's ports (14300, 14301, 14310–14315): stack 14320–14325, router 14330. */
const STACK_PORT = 14320;
const ROUTER_PORT = 14330;
const SUBGRAPHS = ['users', 'menu', 'orders', 'delivery', 'feedback'];
const NAMESPACE = `bench_orders_${randomBytes(4).toString('hex')}`;
const ROUTER_SECRET = randomBytes(32).toString('hex');
const WEBHOOK_SECRET = randomBytes(24).toString('hex');
const log = (line) => console.error(`orders-bench: ${line}`);

// Built workspaces, as npm start uses them (scripts/start.mjs builds them when missing).
const { signSandboxWebhook, SANDBOX_SIGNATURE_HEADER, SANDBOX_WEBHOOK_PATH } = (await import('@foodgraph/orders')).default;
const { DEMO_LOGINS } = (await import('@foodgraph/stack')).default;

async function gql(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors[0]));
  return body.data;
}

const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;
const STATUS = `query($id: ID!) { order(id: $id) { status total { amount currency } payment { providerReference } } }`;
const ADDRESS = { line1: 'Bench Street 1', city: 'Springfield', postalCode: '12345', location: { lat: 40.01, lng: -75.01 } };

/** Partners, their restaurants and items (unlimited stock), created through the router. */
async function setUpRestaurants(url, count) {
  const admin = (
    await gql(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, {
      e: DEMO_LOGINS.admin.email,
      p: DEMO_LOGINS.admin.password,
    })
  ).login.accessToken;
  const restaurants = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-partner-${i}-${NAMESPACE}@bench.foodgraph`;
    const password = randomBytes(12).toString('hex');
    await gql(
      url,
      `mutation($input: CreateStaffInput!) { createStaffAccount(input: $input) { id } }`,
      { input: { email, password, name: `Bench partner ${i}`, role: 'PARTNER' } },
      admin,
    );
    const partner = (
      await gql(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: password })
    ).login.accessToken;
    const input = {
      name: `Bench Kitchen ${i}`,
      cuisines: ['bench'],
      address: ADDRESS,
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens: '00:00', closes: '24:00' })),
      deliveryFee: 250,
      minimumOrder: 500,
      currency: 'EUR',
    };
    const { id } = (
      await gql(url, `mutation($input: CreateRestaurantInput!) { createRestaurant(input: $input) { id } }`, { input }, partner)
    ).createRestaurant;
    await gql(url, `mutation($id: ID!) { approveRestaurant(id: $id) { id } }`, { id }, admin);
    const items = [];
    for (const [name, price] of [
      ['Noodles', 1100],
      ['Dumplings', 800],
      ['Tea', 350],
    ]) {
      items.push(
        (
          await gql(
            url,
            `mutation($input: MenuItemInput!) { createMenuItem(input: $input) { id } }`,
            { input: { restaurantId: id, name, price } },
            partner,
          )
        ).createMenuItem.id,
      );
    }
    restaurants.push({ id, items });
  }
  return restaurants;
}

const guest = async (url, i) =>
  (await gql(url, `mutation($n: String) { startGuestSession(name: $n) { accessToken } }`, { n: `Bench guest ${i}` })).startGuestSession
    .accessToken;

async function waitForStatus(url, token, id, wanted) {
  const until = Date.now() + 30_000;
  for (;;) {
    const { order } = await gql(url, STATUS, { id }, token);
    if (order.status === wanted) return order;
    if (!['PENDING', 'AWAITING_PAYMENT'].includes(order.status) || Date.now() > until)
      throw new Error(`order ${id} is ${order.status}, wanted ${wanted}`);
    await sleep(POLL_MS);
  }
}

async function payByWebhook(ordersOrigin, order, id) {
  const body = JSON.stringify({
    id: `evt_${id}`,
    type: 'payment.paid',
    reference: order.payment.providerReference,
    amount: order.total.amount,
    currency: order.total.currency,
    occurredAt: new Date().toISOString(),
  });
  const res = await fetch(new URL(SANDBOX_WEBHOOK_PATH, ordersOrigin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(WEBHOOK_SECRET, body) },
    body,
  });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
}

/** One customer's loop: place, wait for the QR code, pay, wait for PLACED; until `stopAt`. */
async function customer(ctx, token, stopAt, samples) {
  while (Date.now() < stopAt) {
    const r = ctx.restaurants[Math.floor(Math.random() * ctx.restaurants.length)];
    const lines = [
      { menuItemId: r.items[0], quantity: 1 },
      { menuItemId: r.items[1 + Math.floor(Math.random() * 2)], quantity: 2 },
    ];
    const input = { restaurantId: r.id, lines, deliveryAddress: ADDRESS, paymentMethod: 'QR_CODE', idempotencyKey: randomUUID() };
    const t0 = performance.now();
    try {
      const { id } = (await gql(ctx.url, PLACE, { input }, token)).placeOrder;
      const t1 = performance.now();
      const awaiting = await waitForStatus(ctx.url, token, id, 'AWAITING_PAYMENT');
      const t2 = performance.now();
      await payByWebhook(ctx.ordersOrigin, awaiting, id);
      await waitForStatus(ctx.url, token, id, 'PLACED');
      samples.push({ t0, placedResponse: t1, qr: t2, done: performance.now() });
    } catch (err) {
      samples.push({ t0, error: String(err.message ?? err).slice(0, 200) });
    }
  }
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] : NaN);

async function runLevel(ctx, n) {
  const tokens = await Promise.all(Array.from({ length: n }, (_, i) => guest(ctx.url, i)));
  const samples = [];
  const start = performance.now();
  const measureFrom = start + WARMUP_S * 1000;
  const measureTo = measureFrom + DURATION_S * 1000;
  const stopAt = Date.now() + (WARMUP_S + DURATION_S) * 1000;
  await Promise.all(tokens.map((token) => customer(ctx, token, stopAt, samples)));
  const inWindow = (t) => t >= measureFrom && t < measureTo;
  const ok = samples.filter((s) => !s.error && s.t0 >= measureFrom);
  const sorted = (f) => ok.map(f).sort((a, b) => a - b);
  const place = sorted((s) => s.placedResponse - s.t0);
  const qr = sorted((s) => s.qr - s.t0);
  const placed = sorted((s) => s.done - s.t0);
  return {
    customers: n,
    placed_per_s: samples.filter((s) => !s.error && inWindow(s.placedResponse)).length / DURATION_S,
    paid_per_s: samples.filter((s) => !s.error && inWindow(s.done)).length / DURATION_S,
    place_p50_ms: percentile(place, 0.5),
    place_p99_ms: percentile(place, 0.99),
    qr_p50_ms: percentile(qr, 0.5),
    qr_p99_ms: percentile(qr, 0.99),
    placed_p50_ms: percentile(placed, 0.5),
    placed_p99_ms: percentile(placed, 0.99),
    orders: ok.length,
    errors: samples.filter((s) => s.error && s.t0 >= measureFrom).length,
    first_error: samples.find((s) => s.error)?.error ?? null,
  };
}

function table(rows) {
  const cols = [
    ['customers', (r) => String(r.customers)],
    ['placed/s', (r) => r.placed_per_s.toFixed(1)],
    ['paid/s', (r) => r.paid_per_s.toFixed(1)],
    ['placeOrder p50', (r) => r.place_p50_ms.toFixed(0)],
    ['p99 ms', (r) => r.place_p99_ms.toFixed(0)],
    ['→QR p50', (r) => r.qr_p50_ms.toFixed(0)],
    ['p99 ms', (r) => r.qr_p99_ms.toFixed(0)],
    ['→PLACED p50', (r) => r.placed_p50_ms.toFixed(0)],
    ['p99 ms', (r) => r.placed_p99_ms.toFixed(0)],
    ['errors', (r) => String(r.errors)],
  ];
  const widths = cols.map(([head, cell]) => Math.max(head.length, ...rows.map((r) => cell(r).length)));
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  return [line(cols.map(([head]) => head)), ...rows.map((r) => line(cols.map(([, cell]) => cell(r))))].join('\n');
}

/** Drops `<namespace>_*` databases, streams and Redis keys of this run. */
async function cleanUp() {
  const { default: pg } = await import('pg');
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${NAMESPACE}\\_%`]);
    for (const { datname } of rows) await db.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await db.end();
  }
  const { connect } = await import('nats');
  const nc = await connect({ servers: NATS_URL });
  const jsm = await nc.jetstreamManager();
  for await (const name of jsm.streams.names()) if (name.startsWith(`${NAMESPACE}_`)) await jsm.streams.delete(name);
  await nc.close();
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL);
  for (let cursor = '0'; ;) {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${NAMESPACE}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    if ((cursor = next) === '0') break;
  }
  redis.disconnect();
}

const ports = [STACK_PORT, ...SUBGRAPHS.map((_, i) => STACK_PORT + i + 1), ROUTER_PORT];
for (const port of ports) if (await portInUse(port)) throw new Error(`port ${port} is taken; stop what runs there first`);

let stack = null;
let router = null;
try {
  log(`starting the stack in namespace ${NAMESPACE}`);
  let stdout = '';
  stack = startGroup('node scripts/start.mjs', {
    cwd: root,
    env: {
      FOODGRAPH_NAMESPACE: NAMESPACE,
      FOODGRAPH_EMBEDDED: 'false',
      DATABASE_URL,
      NATS_URL,
      REDIS_URL,
      PORT: String(STACK_PORT),
      FOODGRAPH_SUBGRAPH_PORT_BASE: String(STACK_PORT),
      HOST: '127.0.0.1',
      ROUTER_SIGNING_SECRET: ROUTER_SECRET,
      SANDBOX_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // Nothing may time out or cook by itself while we measure.
      PAYMENT_TIMEOUT: '1h',
      ACCEPT_TIMEOUT: '1h',
      KITCHEN_SIMULATOR_SECONDS: '0',
      // Every bench customer is a guest session from 127.0.0.1: no per-address quota on them.
      RATE_LIMIT_GUEST_PER_ADDRESS: 'off',
      LOG_LEVEL: 'warn',
    },
    onStdout: (chunk) => (stdout = (stdout + chunk).slice(-4000)),
  });
  await waitFor(() => stdout.includes('foodgraph is ready at'), { child: stack, timeoutMs: 300_000, what: 'the stack' });

  let url = `http://127.0.0.1:${STACK_PORT}/graphql`;
  if (args.router === 'separate') {
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((name, i) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${STACK_PORT + i + 1}/graphql`]),
    );
    router = startGroup(`node ${join(root, 'router/dist/main.js')}`, {
      cwd: root,
      env: {
        ...subgraphUrls,
        PORT: String(ROUTER_PORT),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        ROUTER_SIGNING_SECRET: ROUTER_SECRET,
        REDIS_URL,
        FOODGRAPH_NAMESPACE: NAMESPACE,
        LOG_LEVEL: 'warn',
      },
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${ROUTER_PORT}/ready`)).ok, { child: router, what: 'the router' });
    url = `http://127.0.0.1:${ROUTER_PORT}/graphql`;
  }
  const ordersOrigin = `http://127.0.0.1:${STACK_PORT + SUBGRAPHS.indexOf('orders') + 1}`;
  const restaurants = await setUpRestaurants(url, Number(args.restaurants));
  const ctx = { url, ordersOrigin, restaurants };
  // The orders read model learns the restaurants from menu's events: wait until it takes orders.
  const probe = await guest(url, 'probe');
  for (const r of restaurants) {
    await waitFor(
      () =>
        gql(
          url,
          PLACE,
          {
            input: {
              restaurantId: r.id,
              lines: [{ menuItemId: r.items[0], quantity: 1 }],
              deliveryAddress: ADDRESS,
              paymentMethod: 'CASH_ON_DELIVERY',
              idempotencyKey: randomUUID(),
            },
          },
          probe,
        ),
      { what: 'the orders read model' },
    );
  }

  const rows = [];
  for (const n of LEVELS) {
    log(`${n} customer(s): ${WARMUP_S} s warm-up + ${DURATION_S} s`);
    const row = await runLevel(ctx, n);
    if (row.first_error) log(`first error: ${row.first_error}`);
    rows.push(row);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`;
  console.log(
    `\norders placed and paid through the ${args.router === 'separate' ? 'router process' : "stack's in-process router"} (${machine}); latencies in ms\n${table(rows)}`,
  );
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `orders-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), machine, options: args, rows }, null, 2) + '\n');
  log(`rows written to ${file}`);
} finally {
  await stopGroup(router);
  await stopGroup(stack, 20_000);
  if (!args.keep) {
    await cleanUp().catch((err) => log(`clean-up failed: ${err.message}`));
    log(`removed namespace ${NAMESPACE}`);
  }
}
