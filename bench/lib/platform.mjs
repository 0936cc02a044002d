// One foodgraph platform as production runs it: every subgraph as its own process
// (`node subgraphs/<name>/dist/main.js`) and the router as its own (`node router/dist/main.js`),
// each the leader of a process group so its CPU time can be read from /proc. All on the real
// PostgreSQL, NATS JetStream and Redis, in a namespace of their own. `checkout` may be another
// worktree (a baseline build), so the same bench measures two versions side by side.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { startGroup, stopGroup, waitFor } from './processes.mjs';

/** Start order: users first (the router reads its JWKS), then the rest. */
export const SUBGRAPHS = ['users', 'menu', 'orders', 'delivery', 'feedback', 'notifications'];

/** How many ports a platform takes from `basePort`: the router, then one per subgraph. */
export const PLATFORM_PORTS = 1 + SUBGRAPHS.length;

/**
 * Starts a platform; answers `{ url, ordersOrigin, groups, namespace, webhookSecret, admin, stop }`.
 * `groups` maps `<label>:<process>` to process group ids for {@link cpuSnapshot}.
 */
export async function startPlatform({ label, checkout, basePort, namespace, databaseUrl, natsUrl, redisUrl, env = {}, log, profileDir }) {
  // `profileDir`: every process runs under `node --cpu-prof` and writes its profile on exit to
  // `<label>-<process>/` there (default names carry the pid: a router's cluster workers too).
  const node = (name) => (profileDir ? `node --cpu-prof --cpu-prof-dir=${join(profileDir, `${label}-${name}`)}` : 'node');
  const routerSecret = randomBytes(32).toString('hex');
  const webhookSecret = randomBytes(24).toString('hex');
  const admin = { email: `bench-admin@${namespace.replace(/_/g, '-')}.bench`, password: randomBytes(12).toString('hex') };
  const portOf = (name) => basePort + 1 + SUBGRAPHS.indexOf(name);
  const common = {
    NODE_ENV: 'production',
    FOODGRAPH_NAMESPACE: namespace,
    FOODGRAPH_EMBEDDED: 'false',
    DATABASE_URL: databaseUrl,
    NATS_URL: natsUrl,
    REDIS_URL: redisUrl,
    ROUTER_SIGNING_SECRET: routerSecret,
    SANDBOX_WEBHOOK_SECRET: webhookSecret,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    // Nothing may time out or cook by itself while we measure.
    PAYMENT_TIMEOUT: '1h',
    ACCEPT_TIMEOUT: '1h',
    KITCHEN_SIMULATOR_SECONDS: '0',
    FOODGRAPH_DEMO_AUTO_ACCEPT: 'false',
    // Every bench customer is a guest session from 127.0.0.1: no per-address quota on them.
    RATE_LIMIT_GUEST_PER_ADDRESS: 'off',
    // One token per customer for the whole run.
    ACCESS_TOKEN_TTL: '12h',
    WEB_APP_DIR: 'off',
    SUBGRAPH_HEALTH_INTERVAL: '0',
    // No stray variable of the caller's shell may point a process elsewhere.
    ...Object.fromEntries(
      Object.keys(process.env)
        .filter((k) => /^SUBGRAPH_.*_URL$/.test(k))
        .map((k) => [k, undefined]),
    ),
    ...env,
  };
  const children = {};
  // The last lines each process logged (warnings and errors: LOG_LEVEL=warn), for a failing run.
  const tails = {};
  const keepTail = (name) => (chunk) => (tails[name] = ((tails[name] ?? '') + chunk).slice(-4000));
  const stop = async () => {
    // The router first (its clients go), then the subgraphs, users last.
    await stopGroup(children.router);
    await Promise.all(SUBGRAPHS.filter((n) => n !== 'users').map((n) => stopGroup(children[n], 15_000)));
    await stopGroup(children.users);
  };
  try {
    const startSubgraph = async (name) => {
      const port = portOf(name);
      const extra = name === 'users' ? { FOODGRAPH_ADMIN_EMAIL: admin.email, FOODGRAPH_ADMIN_PASSWORD: admin.password } : {};
      children[name] = startGroup(`${node(name)} ${join(checkout, 'subgraphs', name, 'dist', 'main.js')}`, {
        cwd: checkout,
        env: { ...common, ...extra, PORT: String(port) },
        onStdout: keepTail(name),
      });
      await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/ready`)).ok, {
        child: children[name],
        timeoutMs: 300_000,
        what: `${label} ${name}`,
      });
    };
    // Each creates and migrates its own database on start; in parallel that is quicker.
    await startSubgraph('users');
    await Promise.all(SUBGRAPHS.slice(1).map(startSubgraph));
    const subgraphUrls = Object.fromEntries(
      SUBGRAPHS.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${portOf(name)}/graphql`]),
    );
    children.router = startGroup(`${node('router')} ${join(checkout, 'router', 'dist', 'main.js')}`, {
      cwd: checkout,
      env: { ...common, ...subgraphUrls, PORT: String(basePort) },
      onStdout: keepTail('router'),
    });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${basePort}/ready`)).ok, {
      child: children.router,
      timeoutMs: 180_000,
      what: `${label} router`,
    });
    log?.(`${label}: ${checkout} up on ${basePort}–${basePort + PLATFORM_PORTS - 1}, namespace ${namespace}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    label,
    namespace,
    url: `http://127.0.0.1:${basePort}/graphql`,
    ordersOrigin: `http://127.0.0.1:${portOf('orders')}`,
    webhookSecret,
    admin,
    groups: Object.fromEntries(Object.entries(children).map(([name, child]) => [`${label}:${name}`, child.pid])),
    /** What each process logged last (stdout and stderr tails). */
    logs: () => Object.fromEntries(Object.entries(children).map(([name, child]) => [name, `${tails[name] ?? ''}${child.stderrTail()}`])),
    stop,
  };
}

/** Drops `<namespace>_*` databases, streams and Redis keys of a platform. */
export async function dropNamespace(namespace, { databaseUrl, natsUrl, redisUrl }) {
  const { default: pg } = await import('pg');
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${namespace}\\_%`]);
    for (const { datname } of rows) await db.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await db.end();
  }
  const { connect } = await import('nats');
  const nc = await connect({ servers: natsUrl });
  const jsm = await nc.jetstreamManager();
  // Its streams, and the key-value buckets of its partition leases (`KV_<namespace>_…`).
  for await (const name of jsm.streams.names())
    if (name.startsWith(`${namespace}_`) || name.startsWith(`KV_${namespace}_`)) await jsm.streams.delete(name);
  await nc.close();
  const { Redis } = await import('ioredis');
  const redis = new Redis(redisUrl);
  for (let cursor = '0'; ;) {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${namespace}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    if ((cursor = next) === '0') break;
  }
  redis.disconnect();
}
