import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { postGraphQL } from '@foodgraph/testing';

const ROOT = resolve(__dirname, '../..');

interface Started {
  child: ChildProcess;
  url: string;
  /** Everything printed so far (stdout and stderr). */
  output: () => string;
}

/** Runs `npm start`'s script with exactly `env` (plus PATH) until its readiness line. */
function start(env: Record<string, string>): Promise<Started> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', PORT: '0', FOODGRAPH_SUBGRAPH_PORT_BASE: '0', FOODGRAPH_EMBEDDED: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no readiness line within 300 s:\n${out}`)), 300_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /foodgraph is ready at (http:\/\/\S+\/graphql)/.exec(out);
      // The lines after it (explorer, health, databases) come in the same write or right after.
      if (m && out.includes('Try: curl')) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1], output: () => out });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${out}`));
    });
  });
}

/** Runs the script to its end (it is expected to refuse to start). */
function run(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: { PATH: process.env['PATH'] ?? '', PORT: '0', FOODGRAPH_SUBGRAPH_PORT_BASE: '0', FOODGRAPH_EMBEDDED: 'true', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => resolvePromise({ code, output: out }));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

/** `.env.example` as `set -a; . ./.env.example` exports it: every uncommented assignment. */
function envExample(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** A persisted operation of the checked-in list, sent by id only (as a safelisted client does). */
function persisted(name: string): { id: string } {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'schema/persisted-queries.json'), 'utf8')) as {
    operations: { id: string; name: string }[];
  };
  const op = manifest.operations.find((o) => o.name === name);
  if (!op) throw new Error(`no persisted operation ${name}`);
  return op;
}

async function callPersisted<T>(url: string, name: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({
      variables,
      operationName: name,
      extensions: { persistedQuery: { version: 1, sha256Hash: persisted(name).id } },
    }),
  });
  return (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

const OPERATOR = { email: 'ops@operator.example', password: 'operator-password-of-this-test' };

describe('npm start for operators', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'foodgraph-operators-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads .env (the environment wins), runs the router from its own config (safelist, JWT_ISSUER), prints where things are, logs one service key', async () => {
    const envFile = join(dataDir, 'operator.env');
    writeFileSync(
      envFile,
      [
        `FOODGRAPH_ADMIN_EMAIL=${OPERATOR.email}`,
        `FOODGRAPH_ADMIN_PASSWORD=${OPERATOR.password}`,
        'PERSISTED_QUERIES=safelist',
        'JWT_ISSUER=https://issuer.operator.example/',
        'EXPLORER=false',
        'LOG_LEVEL=info',
      ].join('\n') + '\n',
    );
    const started = await start({ FOODGRAPH_ENV_FILE: envFile, FOODGRAPH_DATA_DIR: join(dataDir, 'data'), EXPLORER: 'true' });
    try {
      const free = await postGraphQL(started.url, '{ restaurants(first: 1) { edges { node { name } } } }');
      expect(free.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_LISTED');

      // The users subgraph signs with the configured issuer, and the router expects the same one.
      const login = await callPersisted<{ login: { accessToken: string } }>(started.url, 'Login', OPERATOR);
      expect(login.errors).toBeUndefined();
      const viewer = await callPersisted<{ me: { email: string; role: string } | null }>(
        started.url,
        'Viewer',
        {},
        login.data!.login.accessToken,
      );
      expect(viewer.errors).toBeUndefined();
      expect(viewer.data!.me).toMatchObject({ email: OPERATOR.email, role: 'ADMIN' });

      const origin = new URL(started.url).origin;
      const out = started.output();
      expect(out).toContain(`explorer   ${started.url}`); // EXPLORER=true from the environment beat the file's false
      expect(out).toContain(`${origin}/health`);
      expect(out).toContain(`${origin}/ready`);
      expect(out).toContain(`databases  PGlite under ${join(dataDir, 'data')}: users, menu, orders, delivery, feedback, notifications`);
      expect((await fetch(`${origin}/health`)).status).toBe(200);

      const logLines = out.split('\n').filter((l) => l.startsWith('{'));
      expect(logLines.length).toBeGreaterThan(5);
      expect(logLines.filter((l) => l.split('"service":').length > 2)).toEqual([]);
    } finally {
      await stop(started.child);
    }
  }, 420_000);

  it('.env.example exported as-is with an operator admin: demo seeded, the demo courier has a profile, a paid demo order goes all the way by itself', async () => {
    const started = await start({
      ...envExample(),
      PORT: '0',
      FOODGRAPH_SUBGRAPH_PORT_BASE: '0',
      FOODGRAPH_EMBEDDED: 'true',
      FOODGRAPH_DATA_DIR: join(dataDir, 'data'),
      FOODGRAPH_ENV_FILE: join(dataDir, 'none.env'),
      FOODGRAPH_ADMIN_EMAIL: OPERATOR.email,
      FOODGRAPH_ADMIN_PASSWORD: OPERATOR.password,
      // The demo kitchen's pace (npm start's 10 s a step) is not what this test is about: a
      // second a step takes the order to the door as surely, some 25 s sooner.
      KITCHEN_SIMULATOR_SECONDS: '1',
      LOG_LEVEL: 'warn',
    });
    try {
      expect(started.output()).toContain('demo data seeded');
      const as = async (email: string, password: string) => {
        const r = await postGraphQL<{ login: { accessToken: string } }>(
          started.url,
          'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
          { variables: { e: email, p: password } },
        );
        expect(r.errors).toBeUndefined();
        return r.data!.login.accessToken;
      };
      const courier = await as('courier@foodgraph.local', 'demo-courier-password');
      const profile = await postGraphQL<{ myCourierProfile: { name: string } | null }>(started.url, '{ myCourierProfile { name } }', {
        token: courier,
      });
      expect(profile.data?.myCourierProfile?.name).toBe('Carlos Courier');

      const customer = await as('customer@foodgraph.local', 'demo-customer-password');
      const menu = await postGraphQL<{
        restaurants: { edges: { node: { id: string; name: string; menu: { id: string; name: string }[] } }[] };
      }>(started.url, '{ restaurants { edges { node { id name menu { id name } } } } }');
      const trattoria = menu.data!.restaurants.edges.map((e) => e.node).find((r) => r.name === 'Trattoria Demo')!;
      const margherita = trattoria.menu.find((i) => i.name === 'Margherita')!;
      const placed = await postGraphQL<{ placeOrder: { id: string } }>(
        started.url,
        'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
        {
          token: customer,
          variables: {
            input: {
              restaurantId: trattoria.id,
              lines: [{ menuItemId: margherita.id, quantity: 2 }],
              deliveryAddress: { line1: 'Demo Street 9', city: 'Demo City', postalCode: '10003', location: { lat: 52.521, lng: 13.407 } },
              paymentMethod: 'QR_CODE',
              idempotencyKey: randomUUID(),
            },
          },
        },
      );
      expect(placed.errors).toBeUndefined();
      const orderId = placed.data!.placeOrder.id;
      const status = async () =>
        (
          await postGraphQL<{ order: { status: string } | null }>(started.url, 'query($id: ID!) { order(id: $id) { status } }', {
            token: customer,
            variables: { id: orderId },
          })
        ).data?.order?.status;
      // Stock reservation first (PENDING → AWAITING_PAYMENT), then the customer pays.
      for (let i = 0; i < 60 && (await status()) === 'PENDING'; i++) await new Promise((r) => setTimeout(r, 250));
      const paid = await postGraphQL(started.url, 'mutation($o: ID!) { confirmSandboxPayment(orderId: $o) { id } }', {
        token: customer,
        variables: { o: orderId },
      });
      expect(paid.errors).toBeUndefined();

      // Nobody acts from here on: the demo partner, kitchen and courier take it to the door.
      const seen = new Set<string>();
      for (let i = 0; i < 480; i++) {
        const s = await status();
        if (s) seen.add(s);
        if (s === 'DELIVERED') break;
        await new Promise((r) => setTimeout(r, 250));
      }
      expect([...seen]).toContain('DELIVERED');
    } finally {
      await stop(started.child);
    }
  }, 600_000);

  it('production: refuses to start without ROUTER_SIGNING_SECRET, and seeds no demo data unless FOODGRAPH_DEMO=true', async () => {
    const refused = await run({ NODE_ENV: 'production', FOODGRAPH_DATA_DIR: join(dataDir, 'data') });
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('ROUTER_SIGNING_SECRET is required when NODE_ENV=production');

    const started = await start({
      NODE_ENV: 'production',
      ROUTER_SIGNING_SECRET: 'a'.repeat(16) + randomUUID(),
      SANDBOX_WEBHOOK_SECRET: randomUUID(),
      FOODGRAPH_DATA_DIR: join(dataDir, 'data'),
      LOG_LEVEL: 'warn',
    });
    try {
      expect(started.output()).toContain('demo data off');
      expect(started.output()).not.toContain('demo-admin-password');
      const demoAdmin = await postGraphQL(
        started.url,
        'mutation { login(email: "admin@foodgraph.local", password: "demo-admin-password") { accessToken } }',
      );
      expect(demoAdmin.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    } finally {
      await stop(started.child);
    }
  }, 420_000);
});
