#!/usr/bin/env node
// `npm start`: the whole supergraph in one process. Reads `.env` (the real environment wins),
// builds what is not built, picks the real services when they are configured or answer on
// their default local ports (embedded fallbacks otherwise), seeds demo data on an empty
// database (not in production unless FOODGRAPH_DEMO=true), prints where to go.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// `.env` as `.env.example` suggests; variables already set in the environment are kept.
const envFile = process.env.FOODGRAPH_ENV_FILE || join(root, '.env');
if (existsSync(envFile)) {
  if (typeof process.loadEnvFile !== 'function') {
    console.error(`foodgraph: ${envFile} needs Node.js 20.12 or later to be read (process.loadEnvFile); export its variables instead`);
    process.exit(1);
  }
  const before = { ...process.env };
  process.loadEnvFile(envFile);
  // loadEnvFile keeps set variables on current Node versions; this keeps them on every one.
  Object.assign(process.env, before);
}

// The platform has no root entry, only subpath exports: its process/ entry marks it built.
const builtMarkers = [
  'packages/events/dist/index.js',
  'packages/platform/dist/process/index.js',
  'subgraphs/users/dist/index.js',
  'subgraphs/menu/dist/index.js',
  'subgraphs/orders/dist/index.js',
  'subgraphs/delivery/dist/index.js',
  'subgraphs/feedback/dist/index.js',
  'subgraphs/notifications/dist/index.js',
  'router/dist/index.js',
  'stack/dist/index.js',
  // The web app the router serves at / — unless WEB_APP_DIR says off or names another build.
  ...(process.env.WEB_APP_DIR ? [] : ['web/dist/index.html']),
].map((p) => join(root, p));
if (builtMarkers.some((f) => !existsSync(f))) {
  console.log('foodgraph: building (first start)…');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { startStack, seedDemoData, startDemoAutopilot, DEMO_LOGINS } = await import('@foodgraph/stack');
const { readRouterConfig } = await import('@foodgraph/router');
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
  const names = ['users', 'menu', 'orders', 'delivery', 'feedback', 'notifications'];
  return Object.fromEntries(names.map((name, i) => [name, base === 0 ? 0 : base + i + 1]));
}

/** Where each subgraph's database is: `<namespace>_<subgraph>` on the server, or PGlite's folder. */
function databasesLine(common, dataDir, stack) {
  const names = Object.keys(stack.subgraphs).map((name) => `${common.namespace}_${name}`);
  if (!common.databaseUrl) return `PGlite under ${dataDir}: ${Object.keys(stack.subgraphs).join(', ')}`;
  const server = new URL(common.databaseUrl);
  return `PostgreSQL ${server.host}: ${names.join(', ')} (created if absent)`;
}

try {
  const production = env.NODE_ENV === 'production';
  // The router's own reader checks every router variable, and refuses production without a
  // signing secret; a made-up secret is fine otherwise, one process holding every part.
  if (production && !platform.optionalStr(env, 'ROUTER_SIGNING_SECRET')) {
    throw new Error(
      'ROUTER_SIGNING_SECRET is required when NODE_ENV=production (any random string of 32+ characters, e.g. openssl rand -hex 32)',
    );
  }
  const routerConfig = readRouterConfig(env);
  // The seed and the demo autopilot send their own operations, which a safelist refuses.
  const safelist = routerConfig.persistedQueries.mode === 'safelist';
  const demo = platform.bool(env, 'FOODGRAPH_DEMO', !production);
  const autoAccept = platform.bool(env, 'FOODGRAPH_DEMO_AUTO_ACCEPT', demo && !production);
  const operatorAdmin = platform.optionalStr(env, 'FOODGRAPH_ADMIN_EMAIL');
  const admin = operatorAdmin
    ? { email: operatorAdmin, password: platform.str(env, 'FOODGRAPH_ADMIN_PASSWORD') }
    : demo
      ? DEMO_LOGINS.admin
      : undefined;
  const common = {
    namespace: platform.str(env, 'FOODGRAPH_NAMESPACE', 'foodgraph'),
    databaseUrl: await pick('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/postgres', 5432),
    natsUrl: await pick('NATS_URL', 'nats://127.0.0.1:4222', 4222),
    redisUrl: await pick('REDIS_URL', 'redis://127.0.0.1:6379', 6379),
    routerSecret: routerConfig.routerSecret,
  };
  const logger = platform.createLogger('foodgraph', routerConfig.logLevel);
  const dataDir = resolve(platform.str(env, 'FOODGRAPH_DATA_DIR', '.data'));
  const stack = await startStack({
    ...common,
    dataDir,
    routerPort: routerConfig.port,
    // Subgraphs listen on base+1 … base+5 (users 4001, menu 4002, …); base 0 = any free ports.
    subgraphPorts: subgraphPorts(platform.int(env, 'FOODGRAPH_SUBGRAPH_PORT_BASE', 4000, { min: 0, max: 65530 })),
    host: routerConfig.host,
    env: {
      ...env,
      // What the stack picked, so the router's APQ store follows the same Redis as pub/sub.
      REDIS_URL: common.redisUrl,
      FOODGRAPH_ADMIN_EMAIL: admin?.email,
      FOODGRAPH_ADMIN_PASSWORD: admin?.password,
      // The demo kitchen cooks accepted orders by itself, so a demo order reaches the courier.
      // Empty counts as unset, so exporting .env.example as it is keeps the demo kitchen on.
      KITCHEN_SIMULATOR_SECONDS: env.KITCHEN_SIMULATOR_SECONDS || (demo ? '10' : undefined),
    },
    logger,
  });
  const autopilot = demo && autoAccept && !safelist ? startDemoAutopilot({ routerUrl: stack.url, logger }) : undefined;
  const stopping = async (signal) => {
    logger.info({ signal }, 'stopping');
    await autopilot?.stop();
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', stopping);
  process.once('SIGTERM', stopping);

  const seeded = !demo ? 'off' : safelist ? 'safelist' : await seedDemoData(stack.url, { ...(admin ? { admin } : {}) });
  const mode = [
    common.databaseUrl ? 'PostgreSQL' : `PGlite (${dataDir})`,
    common.natsUrl ? 'NATS JetStream' : 'in-process bus',
    common.redisUrl ? 'Redis pub/sub' : 'in-memory pub/sub',
  ].join(', ');
  const origin = new URL(stack.url).origin;
  const demoState = {
    seeded: 'seeded',
    'already-seeded': 'already present',
    off: 'off (FOODGRAPH_DEMO)',
    safelist: 'not seeded (PERSISTED_QUERIES=safelist refuses the seed; seed once without it)',
  }[seeded];
  console.log(`\nfoodgraph is ready at ${stack.url} — ${mode}; demo data ${demoState}.`);
  const app = routerConfig.webApp.dir
    ? `${origin}/`
    : platform.optionalStr(env, 'WEB_APP_DIR') === 'off'
      ? 'off (WEB_APP_DIR)'
      : 'not built (npm run build -w web); / shows a page linking the API';
  console.log(`  app        ${app}`);
  console.log(`  explorer   ${routerConfig.explorer ? `${stack.url} (open it in a browser)` : 'off (EXPLORER=true to enable)'}`);
  console.log(`  health     ${origin}/health   readiness ${origin}/ready`);
  console.log(`  databases  ${databasesLine(common, dataDir, stack)}`);
  console.log(`  router     persisted queries: ${routerConfig.persistedQueries.mode}${production ? '; production mode' : ''}`);
  if (demo) {
    console.log('Demo logins (local demo data only):');
    for (const [who, login] of Object.entries(DEMO_LOGINS)) {
      if (who === 'admin' && operatorAdmin) console.log(`  ${who.padEnd(9)} ${operatorAdmin}  /  (your FOODGRAPH_ADMIN_PASSWORD)`);
      else console.log(`  ${who.padEnd(9)} ${login.email}  /  ${login.password}`);
    }
    if (autopilot)
      console.log(
        '  The demo partner accepts and the demo courier delivers orders by themselves (FOODGRAPH_DEMO_AUTO_ACCEPT=false to stop it).',
      );
  }
  console.log(
    'Try: curl -s %s -H "content-type: application/json" -d \'{"query":"{ restaurants { edges { node { name owner { name } } } } }"}\'\n',
    stack.url,
  );
} catch (err) {
  console.error(`foodgraph: could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
