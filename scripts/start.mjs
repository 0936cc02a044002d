#!/usr/bin/env node
// `npm start`: the whole supergraph in one process. Builds what is not built, picks the real
// services when they are configured or answer on their default local ports (embedded
// fallbacks otherwise), seeds demo data on an empty database, prints where to go.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// The platform has no root entry, only subpath exports: its process/ entry marks it built.
const builtMarkers = [
  'packages/events/dist/index.js',
  'packages/platform/dist/process/index.js',
  'subgraphs/users/dist/index.js',
  'subgraphs/menu/dist/index.js',
  'subgraphs/orders/dist/index.js',
  'subgraphs/delivery/dist/index.js',
  'subgraphs/feedback/dist/index.js',
  'router/dist/index.js',
  'stack/dist/index.js',
].map((p) => join(root, p));
if (builtMarkers.some((f) => !existsSync(f))) {
  console.log('foodgraph: building (first start)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startStack, seedDemoData, DEMO_LOGINS } = await import('@foodgraph/stack');
const platform = { ...(await import('@foodgraph/platform/config')), ...(await import('@foodgraph/platform/logging')) };
const env = process.env;

/** True when something accepts TCP connections on host:port within 500 ms. */
function answers(host, port) {
  return new Promise((done) => {
    const socket = createConnection({ host, port, timeout: 500 });
    const finish = (ok) => {
      socket.destroy();
      done(ok);
    };
    socket.once('connect', () => finish(true));
    socket.once('timeout', () => finish(false));
    socket.once('error', () => finish(false));
  });
}

async function pick(variable, fallbackUrl, port) {
  if (platform.bool(env, 'FOODGRAPH_EMBEDDED', false)) return undefined;
  if (env[variable]) return env[variable];
  return (await answers('127.0.0.1', port)) ? fallbackUrl : undefined;
}

function subgraphPorts(base) {
  const names = ['users', 'menu', 'orders', 'delivery', 'feedback'];
  return Object.fromEntries(names.map((name, i) => [name, base === 0 ? 0 : base + i + 1]));
}

try {
  const common = {
    namespace: platform.str(env, 'FOODGRAPH_NAMESPACE', 'foodgraph'),
    databaseUrl: await pick('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres', 5432),
    natsUrl: await pick('NATS_URL', 'nats://127.0.0.1:4222', 4222),
    redisUrl: await pick('REDIS_URL', 'redis://127.0.0.1:6379', 6379),
    // One process holds every part, so a per-run secret is enough and none is ever stored.
    routerSecret: env.ROUTER_SIGNING_SECRET || randomBytes(32).toString('hex'),
  };
  const logger = platform.createLogger('foodgraph', platform.str(env, 'LOG_LEVEL', 'info'));
  const dataDir = resolve(platform.str(env, 'FOODGRAPH_DATA_DIR', '.data'));
  const stack = await startStack({
    ...common,
    dataDir,
    routerPort: platform.int(env, 'PORT', 4000, { min: 0, max: 65535 }),
    // Subgraphs listen on base+1 … base+5 (users 4001, menu 4002, …); base 0 = any free ports.
    subgraphPorts: subgraphPorts(platform.int(env, 'FOODGRAPH_SUBGRAPH_PORT_BASE', 4000, { min: 0, max: 65530 })),
    host: platform.str(env, 'HOST', '127.0.0.1'),
    env: {
      ...env,
      FOODGRAPH_ADMIN_EMAIL: env.FOODGRAPH_ADMIN_EMAIL || DEMO_LOGINS.admin.email,
      FOODGRAPH_ADMIN_PASSWORD: env.FOODGRAPH_ADMIN_PASSWORD || DEMO_LOGINS.admin.password,
      // The demo kitchen cooks accepted orders by itself, so a demo order reaches the courier.
      KITCHEN_SIMULATOR_SECONDS: env.KITCHEN_SIMULATOR_SECONDS ?? '10',
    },
    logger,
  });
  const stopping = async (signal) => {
    logger.info({ signal }, 'stopping');
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', stopping);
  process.once('SIGTERM', stopping);

  const seeded = await seedDemoData(stack.url);
  const mode = [
    common.databaseUrl ? 'PostgreSQL' : `PGlite (${dataDir})`,
    common.natsUrl ? 'NATS JetStream' : 'in-process bus',
    common.redisUrl ? 'Redis pub/sub' : 'in-memory pub/sub',
  ].join(', ');
  console.log(`\nfoodgraph is ready at ${stack.url} — ${mode}; demo data ${seeded === 'seeded' ? 'seeded' : 'already present'}.`);
  console.log('Demo logins (local demo data only):');
  for (const [who, login] of Object.entries(DEMO_LOGINS)) console.log(`  ${who.padEnd(9)} ${login.email}  /  ${login.password}`);
  console.log(
    'Try: curl -s %s -H "content-type: application/json" -d \'{"query":"{ restaurants { edges { node { name owner { name } } } } }"}\'\n',
    stack.url,
  );
} catch (err) {
  console.error(`foodgraph: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
