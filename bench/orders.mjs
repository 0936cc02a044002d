#!/usr/bin/env node
// Order throughput through the router, and where the CPU goes. N customers at a time each place
// a QR order, follow it with the `orderUpdated` subscription over graphql-ws (as the app does),
// pay it through the sandbox provider's signed webhook when its QR code is there, and wait
// until it is PLACED, again and again (`--mode lifecycle`: on through the kitchen, a courier and
// a review). Every subgraph and the router run as their own processes, as in production, on
// the real PostgreSQL, NATS JetStream and Redis, in a fresh namespace removed afterwards; CPU
// time is read from /proc per process. `--baseline DIR` (or `--ref REF`) runs the same levels
// against another built checkout in the same invocation, rounds interleaved, and prints
// after/before ratios.
//
//   node bench/orders.mjs                                  # 8, 32, 64 customers, 3 rounds of 3 + 10 s
//   node bench/orders.mjs --customers 32 --rounds 1 --duration 5
//   node bench/orders.mjs --ref c99e698                    # this checkout vs c99e698 (built in a worktree)
//   node bench/orders.mjs --after DIR --baseline DIR2      # two built checkouts
//   node bench/orders.mjs --mode lifecycle --customers 8,32
//   node bench/orders.mjs --router stack                   # `npm start`'s one process instead
//   node bench/orders.mjs --profile --customers 32 --rounds 1   # + node --cpu-prof of every process
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { profileText, summarizeProfile } from './lib/cpu-profile-summary.mjs';
import { eventually, guest, setUpCouriers, setUpRestaurants } from './lib/bench-setup.mjs';
import { customerLoop, LIFECYCLE_STEPS, loadSandboxProvider, PAID_STEPS, startCourierAgents } from './lib/order-journeys.mjs';
import { cpuTable, medianRow, pgTable, ratioTable, rowOf, stepsTable, throughputTable } from './lib/order-stats.mjs';
import { dropNamespace, PLATFORM_PORTS, startPlatform } from './lib/platform.mjs';
import { connectPgStats, perOrder } from './lib/pg-stats.mjs';
import { cpuDelta, cpuSnapshot } from './lib/proc-cpu.mjs';
import { portInUse, startGroup, stopGroup, waitFor } from './lib/processes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '8,32,64' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '5' },
    idle: { type: 'string', default: '10' },
    restaurants: { type: 'string', default: '4' },
    mode: { type: 'string', default: 'paid' },
    router: { type: 'string', default: 'separate' },
    after: { type: 'string' },
    baseline: { type: 'string' },
    ref: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    top: { type: 'string', default: '12' },
    port: { type: 'string', default: '14320' },
  },
});
const LEVELS = args.customers.split(',').map(Number);
const ROUNDS = Number(args.rounds);
const DURATION_S = Number(args.duration);
const WARMUP_S = Number(args.warmup);
const IDLE_S = Number(args.idle);
const MODE = args.mode;
if (!['paid', 'lifecycle'].includes(MODE)) throw new Error(`--mode is paid or lifecycle, not ${MODE}`);
const STEPS = MODE === 'lifecycle' ? LIFECYCLE_STEPS : PAID_STEPS;
const env = process.env;
const services = {
  databaseUrl: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
  redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
};
/**
 * Away from run.mjs's ports (14300, 14301, 14310–14315): by default 14320–14326 after, 14327–14333
 * before; `--port` moves them, so two benches can run side by side.
 */
const BASE_PORT = Number(args.port);
const log = (line) => console.error(`orders-bench: ${line}`);

/** `--ref`: a worktree of that commit under the system's temp dir, installed and built once. */
function baselineCheckout() {
  if (args.baseline) return resolve(args.baseline);
  if (!args.ref) return null;
  const commit = execFileSync('git', ['rev-parse', '--short', `${args.ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
  const dir = `/tmp/bench-baseline-${commit}`;
  if (!existsSync(join(dir, 'router', 'dist', 'main.js'))) {
    log(`building ${commit} in ${dir} (once; later runs reuse it)`);
    if (!existsSync(dir)) execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'inherit' });
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir, stdio: 'inherit' });
    // The web app is not needed: the bench's routers run with WEB_APP_DIR=off.
    execFileSync('npx', ['lerna', 'run', 'build', '--ignore', '@foodgraph/web'], { cwd: dir, stdio: 'inherit' });
  }
  return dir;
}

/** `--router stack`: `node scripts/start.mjs`, router and subgraphs in one process. */
async function startStackPlatform({ label, checkout, basePort, namespace }) {
  const routerSecret = randomBytes(32).toString('hex');
  const webhookSecret = randomBytes(24).toString('hex');
  const admin = { email: `bench-admin@${namespace.replace(/_/g, '-')}.bench`, password: randomBytes(12).toString('hex') };
  let stdout = '';
  const child = startGroup('node scripts/start.mjs', {
    cwd: checkout,
    env: {
      FOODGRAPH_NAMESPACE: namespace,
      FOODGRAPH_EMBEDDED: 'false',
      DATABASE_URL: services.databaseUrl,
      NATS_URL: services.natsUrl,
      REDIS_URL: services.redisUrl,
      PORT: String(basePort),
      FOODGRAPH_SUBGRAPH_PORT_BASE: String(basePort),
      HOST: '127.0.0.1',
      ROUTER_SIGNING_SECRET: routerSecret,
      SANDBOX_WEBHOOK_SECRET: webhookSecret,
      FOODGRAPH_ADMIN_EMAIL: admin.email,
      FOODGRAPH_ADMIN_PASSWORD: admin.password,
      PAYMENT_TIMEOUT: '1h',
      ACCEPT_TIMEOUT: '1h',
      KITCHEN_SIMULATOR_SECONDS: '0',
      FOODGRAPH_DEMO_AUTO_ACCEPT: 'false',
      RATE_LIMIT_GUEST_PER_ADDRESS: 'off',
      ACCESS_TOKEN_TTL: '12h',
      WEB_APP_DIR: 'off',
      LOG_LEVEL: 'warn',
    },
    onStdout: (chunk) => (stdout = (stdout + chunk).slice(-4000)),
  });
  await waitFor(() => stdout.includes('foodgraph is ready at'), { child, timeoutMs: 300_000, what: `${label} stack` });
  return {
    label,
    namespace,
    url: `http://127.0.0.1:${basePort}/graphql`,
    // The stack puts subgraph i on base + i + 1: users, menu, orders, …
    ordersOrigin: `http://127.0.0.1:${basePort + 3}`,
    webhookSecret,
    admin,
    groups: { [`${label}:stack`]: child.pid },
    stop: () => stopGroup(child, 20_000),
  };
}

/** CPU-ms per second of each platform's processes while nobody uses them. */
async function idleCpu(namespaces, groups, seconds = IDLE_S) {
  if (seconds <= 0) return [];
  await sleep(2000); // the set-up's last events settle first
  const from = cpuSnapshot({ groups, namespaces });
  await sleep(seconds * 1000);
  const delta = cpuDelta(from, cpuSnapshot({ groups, namespaces }));
  return Object.keys(namespaces).map((platform) => {
    const row = { platform, customers: 0, cpu_ms_per_order: {} };
    let total = 0;
    for (const [bucket, ms] of Object.entries(delta)) {
      if (!bucket.startsWith(`${platform}:`) || bucket.includes(':pg:')) continue;
      row.cpu_ms_per_order[bucket.slice(platform.length + 1)] = ms / seconds;
      total += ms / seconds;
    }
    row.cpu_ms_per_order.total = total;
    return row;
  });
}

/** One level on one platform: guests, then customers for warm-up + duration; answers a row. */
async function runLevel(platform, world, n, namespaces, groups, pgStats) {
  // Sessions are set-up, not load: eight at a time, each retried (a busy machine times some out).
  const tokens = [];
  for (let i = 0; i < n; i += 8) {
    const batch = Array.from({ length: Math.min(8, n - i) }, (_, j) => eventually(() => guest(platform.url, i + j), 30_000));
    tokens.push(...(await Promise.all(batch)));
  }
  const counters = { fallbackReads: 0, retries: 0, courierErrors: 0 };
  const couriers = MODE === 'lifecycle' ? startCourierAgents(root, platform, world.couriers.slice(0, n), counters) : null;
  const samples = [];
  const start = performance.now();
  const window = { from: start + WARMUP_S * 1000, to: start + (WARMUP_S + DURATION_S) * 1000 };
  const stopAt = Date.now() + (WARMUP_S + DURATION_S) * 1000;
  let cpuFrom = null;
  let cpuTo = null;
  let pgFrom = null;
  let pgTo = null;
  const t1 = setTimeout(() => {
    cpuFrom = cpuSnapshot({ groups, namespaces });
    pgFrom = pgStats.snapshot(namespaces);
  }, WARMUP_S * 1000);
  const t2 = setTimeout(
    () => {
      cpuTo = cpuSnapshot({ groups, namespaces });
      pgTo = pgStats.snapshot(namespaces);
    },
    (WARMUP_S + DURATION_S) * 1000,
  );
  try {
    await Promise.all(
      tokens.map((token) =>
        customerLoop({ root, platform, restaurants: world.restaurants, token, stopAt, samples, counters, mode: MODE, couriers }),
      ),
    );
  } finally {
    clearTimeout(t1);
    clearTimeout(t2);
    await couriers?.close();
  }
  // The customers finish their last order after stopAt; the window closed at its time anyway.
  cpuTo ??= cpuSnapshot({ groups, namespaces });
  const cpu = cpuDelta(cpuFrom ?? cpuTo, cpuTo);
  const row = rowOf({ samples, steps: STEPS, done: STEPS.at(-1), window, cpu, counters, platform: platform.label, customers: n });
  pgTo ??= pgStats.snapshot(namespaces);
  // PostgreSQL publishes a transaction's counts about a second after it ended.
  await sleep(1200);
  row.pg_per_order = perOrder(await (pgFrom ?? pgTo), await pgStats.snapshot(namespaces), platform.label, row.finished);
  return row;
}

// `--after DIR`: measure another built checkout than this one (e.g. a worktree of your commits,
// away from a shared checkout's half-built work).
loadSandboxProvider(root);
const checkouts = [{ label: 'after', checkout: args.after ? resolve(args.after) : root }];
const baseline = baselineCheckout();
if (baseline) checkouts.push({ label: 'before', checkout: baseline });
for (let port = BASE_PORT; port < BASE_PORT + PLATFORM_PORTS * checkouts.length; port++) {
  if (await portInUse(port)) throw new Error(`port ${port} is taken; stop what runs there first`);
}

const platforms = [];
let pgStats = null;
const run = `bench_orders_${randomBytes(3).toString('hex')}`;
// `--profile`: every process of the platforms under `node --cpu-prof`; summaries at the end.
const profileDir = args.profile ? join(root, 'bench', 'results', 'profiles', run) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
try {
  for (const [i, { label, checkout }] of checkouts.entries()) {
    const options = {
      label,
      checkout,
      basePort: BASE_PORT + i * PLATFORM_PORTS,
      namespace: `${run}_${label[0]}`,
      ...services,
      log,
      profileDir,
    };
    log(`starting ${label} (${checkout})`);
    const platform = args.router === 'stack' ? await startStackPlatform(options) : await startPlatform(options);
    platforms.push(platform);
  }
  const worlds = new Map();
  const most = Math.max(...LEVELS);
  for (const platform of platforms) {
    const { admin, restaurants } = await setUpRestaurants(platform, Number(args.restaurants));
    const couriers = MODE === 'lifecycle' ? await setUpCouriers(platform, admin, most) : [];
    worlds.set(platform.label, { restaurants, couriers });
  }
  const namespaces = Object.fromEntries(platforms.map((p) => [p.label, p.namespace]));
  pgStats = await connectPgStats(root, services.databaseUrl);
  const groups = Object.assign({}, ...platforms.map((p) => p.groups));

  // What the platforms cost doing nothing (pollers, consumers waiting for messages, heartbeats):
  // CPU-ms per second per process over an idle window, so a per-order figure at a low rate can
  // be told from the background it carries.
  const idle = await idleCpu(namespaces, groups);

  // Rounds interleave the platforms (A B A B …), so a neighbour's burst of CPU hits both alike.
  const rounds = [];
  for (let round = 1; round <= ROUNDS; round++) {
    for (const n of LEVELS) {
      for (const platform of platforms) {
        log(`round ${round}/${ROUNDS}, ${platform.label}, ${n} customer(s): ${WARMUP_S} s warm-up + ${DURATION_S} s`);
        let row;
        try {
          row = await runLevel(platform, worlds.get(platform.label), n, namespaces, groups, pgStats);
        } catch (err) {
          // One level that could not run (say, its set-up failed) is a failed round, not a lost run.
          log(`round ${round} of ${platform.label} at ${n} failed: ${err.message}`);
          rounds.push({ round, platform: platform.label, customers: n, failed: String(err.message).slice(0, 300) });
          continue;
        }
        if (row.first_error) log(`first error: ${row.first_error}`);
        log(
          `  ${row.paid_per_s.toFixed(1)} paid/s, →PLACED p99 ${row.steps.toPlaced.p99.toFixed(0)} ms, ` +
            `${row.cpu_ms_per_order.total.toFixed(1)} CPU-ms/order, ${row.errors} errors`,
        );
        rounds.push({ round, ...row });
        // Let the last orders' events settle before the next platform's window.
        await sleep(1000);
      }
    }
  }
  const rows = [];
  for (const platform of platforms)
    for (const n of LEVELS) {
      const measured = rounds.filter((r) => r.platform === platform.label && r.customers === n && !r.failed);
      if (measured.length) rows.push(medianRow(measured));
    }

  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`;
  const out = [
    `\norders (${MODE}) through the ${args.router === 'stack' ? "stack's in-process router" : 'router process'}; medians of ${ROUNDS} round(s) of ${DURATION_S} s; ${machine}`,
    `after = ${checkouts[0].checkout}${baseline ? `, before = ${baseline}` : ''}; latencies in ms\n`,
    throughputTable(rows, MODE),
    `\nlatency per step (each from the step before), ms\n`,
    stepsTable(rows, STEPS),
    `\nCPU-ms per ${MODE === 'lifecycle' ? 'reviewed' : 'paid'} order, per process (postgres = this namespace's backends; postgres-shared, nats, redis: whole servers, shared with anything else running)\n`,
    cpuTable(rows),
    ...(idle.length
      ? [`\nidle: CPU-ms per second per process of each platform with no load (${IDLE_S} s, before the rounds)\n`, cpuTable(idle)]
      : []),
    `\nPostgreSQL transactions / row writes per ${MODE === 'lifecycle' ? 'reviewed' : 'paid'} order, per subgraph database (pg_stat_database)\n`,
    pgTable(rows),
  ];
  if (baseline) {
    out.push(
      `\nafter / before\n`,
      ratioTable(
        rows.filter((r) => r.platform === 'after'),
        rows.filter((r) => r.platform === 'before'),
      ),
    );
  }
  console.log(out.join('\n'));
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `orders-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify({ at: new Date().toISOString(), machine, options: args, baseline, rows, idle, rounds }, null, 2) + '\n',
  );
  log(`rows written to ${file}`);
} finally {
  await pgStats?.close();
  for (const platform of platforms.reverse()) await platform.stop().catch((err) => log(`stopping ${platform.label}: ${err.message}`));
  if (!args.keep) {
    for (const { label } of checkouts) {
      const namespace = `${run}_${label[0]}`;
      await dropNamespace(namespace, services).catch((err) => log(`clean-up of ${namespace} failed: ${err.message}`));
    }
    log(`removed namespaces ${run}_*`);
  }
  if (profileDir) {
    // Written as each process exits.
    for (const dir of readdirSync(profileDir).sort()) {
      for (const file of readdirSync(join(profileDir, dir)).filter((f) => f.endsWith('.cpuprofile'))) {
        // The rounds are the end of each profile (after them only the stop); start-up and set-up are left out.
        const loadMs = ROUNDS * LEVELS.length * checkouts.length * (WARMUP_S + DURATION_S + 3) * 1000;
        console.log(profileText(`${dir} ${file}`, summarizeProfile(join(profileDir, dir, file), root, loadMs), Number(args.top)));
      }
    }
    log(`profiles in ${profileDir} (open them in Chrome DevTools or speedscope)`);
  }
}
