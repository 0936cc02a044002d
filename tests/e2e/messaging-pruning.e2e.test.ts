import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dropDatabase, openDatabase } from '@foodgraph/platform/db';
import { uuidv7 } from '@foodgraph/platform/ids';
import { createLogger } from '@foodgraph/platform/logging';
import { deleteNamespaceStreams } from '@foodgraph/platform/messaging';
import { eventually, sleep } from '@foodgraph/testing';
import type { DataSource } from 'typeorm';

const ROOT = resolve(__dirname, '../..');
const ENTRY = join(ROOT, 'subgraphs', 'feedback', 'dist', 'main.js');
const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const namespace = `test_prune_${Math.random().toString(36).slice(2, 8)}`;

interface Running {
  child: ChildProcess;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
  output(): string;
}

/** The feedback subgraph as production runs it (`dist/main.js`, so build first), on any free port. */
function runFeedback(env: Record<string, string>): Running {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      FOODGRAPH_NAMESPACE: namespace,
      ROUTER_SIGNING_SECRET: 'messaging-pruning-e2e-secret-0123456789',
      DATABASE_URL: serverUrl,
      NATS_URL: natsUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => void (output = (output + chunk.toString('utf8')).slice(-50_000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return { child, exited: once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>, output: () => output };
}

/** A log record, or null for a line cut short (the output keeps its tail only). */
function parsed(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The first JSON log line with this message, once it is there. */
function logLine(running: Running, msg: string): Promise<Record<string, unknown>> {
  return eventually(() => {
    const found = running
      .output()
      .split('\n')
      .flatMap((line) => (line.startsWith('{') ? [parsed(line)] : []))
      .find((record) => record?.['msg'] === msg);
    if (!found) throw new Error(`no "${msg}" logged${running.child.exitCode === null ? ' yet' : `; exited:\n${running.output()}`}`);
    return found;
  }, 20_000);
}

async function stop(running: Running): Promise<number | null> {
  if (running.child.exitCode === null) running.child.kill('SIGTERM');
  const timer = setTimeout(() => running.child.kill('SIGKILL'), 10_000);
  const [code] = await running.exited;
  clearTimeout(timer);
  return code;
}

describe('a subgraph process prunes its messaging tables', () => {
  let ds: DataSource;
  const processes: Running[] = [];
  const start = (env: Record<string, string>): Running => {
    const running = runFeedback(env);
    processes.push(running);
    return running;
  };

  const addOld = async (): Promise<{ outbox: string; inbox: string }> => {
    const outbox = uuidv7();
    const inbox = uuidv7();
    await ds.query(
      `INSERT INTO outbox (id, type, payload, created_at, published_at) VALUES ($1, 'feedback.review.posted', '{}', now() - interval '3 days', now() - interval '3 days')`,
      [outbox],
    );
    await ds.query(`INSERT INTO inbox (consumer, event_id, processed_at) VALUES ('feedback-e2e', $1, now() - interval '9 days')`, [inbox]);
    return { outbox, inbox };
  };
  const exists = async (table: 'outbox' | 'inbox', id: string): Promise<boolean> =>
    (await ds.query<unknown[]>(`SELECT 1 FROM ${table} WHERE ${table === 'outbox' ? 'id' : 'event_id'} = $1`, [id])).length > 0;

  beforeAll(async () => {
    // Creates the database with its messaging tables; the process adds the feedback tables.
    ds = await openDatabase({
      name: 'feedback',
      namespace,
      serverUrl,
      entities: [],
      migrations: [],
      logger: createLogger('e2e', 'silent'),
    });
  });
  afterEach(async () => {
    await Promise.all(processes.splice(0).map(stop));
  });
  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(serverUrl, `${namespace}_feedback`);
    await deleteNamespaceStreams(natsUrl, namespace);
  });

  it('on MESSAGING_PRUNE_INTERVAL, past OUTBOX_RETENTION and INBOX_RETENTION, and stops cleanly with it', async () => {
    const feedback = start({ MESSAGING_PRUNE_INTERVAL: '200ms', OUTBOX_RETENTION: '2d', INBOX_RETENTION: '8d' });
    expect(await logLine(feedback, 'feedback subgraph ready')).toMatchObject({ messagingPruning: 'on' });

    const old = await addOld();
    const young = uuidv7();
    await ds.query(`INSERT INTO inbox (consumer, event_id, processed_at) VALUES ('feedback-e2e', $1, now() - interval '7 days')`, [young]);
    await eventually(async () => {
      expect(await exists('outbox', old.outbox)).toBe(false);
      expect(await exists('inbox', old.inbox)).toBe(false);
    }, 20_000);
    expect(await exists('inbox', young)).toBe(true);
    expect(await logLine(feedback, 'pruned published outbox rows and old inbox rows')).toMatchObject({ component: 'messaging-pruner' });

    expect(await stop(feedback)).toBe(0);
  }, 60_000);

  it('not at all with MESSAGING_PRUNE_INTERVAL=0', async () => {
    const feedback = start({ MESSAGING_PRUNE_INTERVAL: '0' });
    expect(await logLine(feedback, 'feedback subgraph ready')).toMatchObject({ messagingPruning: 'off' });
    const old = await addOld();
    await sleep(1000);
    expect(await exists('outbox', old.outbox)).toBe(true);
    expect(await exists('inbox', old.inbox)).toBe(true);
  }, 60_000);

  it('refuses to start with an INBOX_RETENTION shorter than redeliveries can take', async () => {
    const feedback = start({ INBOX_RETENTION: '5m' });
    const [code] = await feedback.exited;
    expect(code).toBe(1);
    expect(feedback.output()).toContain('Invalid configuration: INBOX_RETENTION must be at least 60m');
  }, 60_000);
});
