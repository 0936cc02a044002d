import { dropDatabase } from '@foodgraph/platform/db';
import { freePort, TEST_DATABASE_URL } from '@foodgraph/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';

// The mode belongs to the process entry (what a Kubernetes init container runs), so this runs
// the built entry point (CI builds before testing).
const ENTRY = resolve(__dirname, '../../subgraphs/menu/dist/main.js');
const describeBuilt = existsSync(ENTRY) ? describe : describe.skip;

describeBuilt('a subgraph process with FOODGRAPH_MIGRATE_ONLY', () => {
  const namespace = `test_migrate_${randomBytes(4).toString('hex')}`;
  const database = `${namespace}_menu`;

  afterAll(() => dropDatabase(TEST_DATABASE_URL, database));

  it('creates and migrates its database, then exits 0 without serving', async () => {
    const child = spawn(process.execPath, [ENTRY], {
      env: {
        PATH: process.env['PATH'] ?? '',
        FOODGRAPH_NAMESPACE: namespace,
        FOODGRAPH_MIGRATE_ONLY: 'true',
        ROUTER_SIGNING_SECRET: 'm'.repeat(32),
        DATABASE_URL: TEST_DATABASE_URL,
        PORT: String(await freePort()),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // Without the mode the process would serve until stopped: give up after 30 s, not the test timeout.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    clearTimeout(timer);

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(output).toContain('database migrated');
    expect(output).not.toContain('subgraph listening');

    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${database}`;
    const db = await new DataSource({ type: 'postgres', url: url.toString() }).initialize();
    try {
      const applied = await db.query<{ name: string }[]>('SELECT name FROM migrations');
      expect(applied.length).toBeGreaterThan(1);
    } finally {
      await db.destroy();
    }
  });
});
