import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropDatabase } from '@foodgraph/platform/db';
import { deleteNamespaceStreams } from '@foodgraph/platform/messaging';
import { postGraphQL, TEST_DATABASE_URL, TEST_NATS_URL } from '@foodgraph/testing';

const ROOT = resolve(__dirname, '../..');

/** Runs `npm start`'s script until it prints its readiness line; resolves with the URL. */
function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', FOODGRAPH_SUBGRAPH_PORT_BASE: '0', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no readiness line within 90 s:\n${out}`)), 90_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /foodgraph is ready at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise({ child, url: m[1] });
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

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

async function expectSeededSupergraph(url: string): Promise<void> {
  const r = await postGraphQL<{ restaurants: { edges: { node: { name: string; owner: { name: string }; menu: { name: string }[] } }[] } }>(
    url,
    '{ restaurants { edges { node { name owner { name } menu { name } } } } }',
  );
  expect(r.errors).toBeUndefined();
  const names = r.data!.restaurants.edges.map((e) => e.node.name).sort();
  expect(names).toEqual(['Sushi Demo', 'Trattoria Demo']);
  expect(r.data!.restaurants.edges[0].node.owner.name).toBe('Paolo Partner');
  const login = await postGraphQL<{ login: { user: { role: string } } }>(
    url,
    'mutation { login(email: "customer@foodgraph.local", password: "demo-customer-password") { user { role } } }',
  );
  expect(login.data!.login.user.role).toBe('CUSTOMER');
}

describe('npm start', () => {
  it('runs the whole supergraph embedded (PGlite, in-process bus) and keeps its data across restarts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'foodgraph-embedded-'));
    try {
      const first = await start({ FOODGRAPH_EMBEDDED: 'true', FOODGRAPH_DATA_DIR: dataDir });
      try {
        await expectSeededSupergraph(first.url);
      } finally {
        await stop(first.child);
      }
      const second = await start({ FOODGRAPH_EMBEDDED: 'true', FOODGRAPH_DATA_DIR: dataDir });
      try {
        await expectSeededSupergraph(second.url); // seeded once: still exactly the two demo restaurants
      } finally {
        await stop(second.child);
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('runs the whole supergraph on PostgreSQL and NATS when they are configured', async () => {
    const namespace = `test_start_${randomBytes(3).toString('hex')}`;
    try {
      const { child, url } = await start({ FOODGRAPH_NAMESPACE: namespace, DATABASE_URL: TEST_DATABASE_URL, NATS_URL: TEST_NATS_URL });
      try {
        await expectSeededSupergraph(url);
      } finally {
        await stop(child);
      }
    } finally {
      for (const name of ['users', 'menu']) await dropDatabase(TEST_DATABASE_URL, `${namespace}_${name}`);
      await deleteNamespaceStreams(TEST_NATS_URL, namespace);
    }
  }, 180_000);
});
