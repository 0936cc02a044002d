import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { sleep } from './eventually';
import type { TestSupergraph } from './start-supergraph';
import { TEST_DATABASE_URL, TEST_NATS_URL } from './start-supergraph';

/** The repository root (this file is in testing/src or testing/dist). */
const ROOT = resolve(__dirname, '../..');

/** A port nothing listens on right now, for a process that must be told its port up front. */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const server = createServer();
  server.listen(0, host);
  await once(server, 'listening');
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export interface SubgraphProcessOptions {
  /** Subgraph folder name, e.g. 'orders'; runs `subgraphs/<name>/dist/main.js` (build first). */
  name: string;
  port: number;
  /** Settings on top of the stack's own (namespace, secrets, database, NATS, its env). */
  env?: Record<string, string>;
  /** How long to wait for `GET /ready`. @default 20000 */
  readyTimeoutMs?: number;
}

export interface SubgraphProcess {
  /** The subgraph's `/graphql` URL. */
  readonly url: string;
  readonly pid: number;
  /** Resolves with the exit code (null when a signal ended it) and that signal, once it exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** stdout + stderr so far, for a failing test's message. */
  output(): string;
  /** Sends `signal` (SIGKILL: no shutdown code runs at all) and waits for the exit; SIGKILL after 5 s. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Runs one subgraph the way production does, as its own process from its entry point, wired
 * to the test stack's namespace, router secret, PostgreSQL and NATS (the router finds it
 * through `startSupergraph({ only, router: { subgraphUrls } })`). Resolves once it is ready.
 */
export async function startSubgraphProcess(sg: TestSupergraph, options: SubgraphProcessOptions): Promise<SubgraphProcess> {
  const entry = join(ROOT, 'subgraphs', options.name, 'dist', 'main.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npx lerna run build\` first`);
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    ...definedOnly(sg.env),
    FOODGRAPH_NAMESPACE: sg.namespace,
    ROUTER_SIGNING_SECRET: sg.routerSecret,
    DATABASE_URL: TEST_DATABASE_URL,
    NATS_URL: TEST_NATS_URL,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const child = spawn(process.execPath, [entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    // Keep the tail only: a chatty process must not grow the test's memory.
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit');
  const origin = `http://127.0.0.1:${options.port}`;
  const handle: SubgraphProcess = {
    url: `${origin}/graphql`,
    pid: child.pid!,
    exited: exited.then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null })),
    output: () => output,
    kill: (signal = 'SIGTERM') => stop(child, exited, signal),
  };
  try {
    await waitUntilReady(origin, child, options.readyTimeoutMs ?? 20_000);
  } catch (error) {
    await handle.kill('SIGKILL');
    throw new Error(`${options.name} process did not get ready: ${(error as Error).message}\n${output}`);
  }
  return handle;
}

async function waitUntilReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`exited (${child.exitCode ?? child.signalCode})`);
    const ready = await fetch(`${origin}/ready`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return;
    await sleep(50);
  }
  throw new Error(`not ready after ${timeoutMs} ms`);
}

async function stop(child: ChildProcess, exited: Promise<unknown>, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill(signal);
  // A clean shutdown that hangs must not hang the test run with it.
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function definedOnly(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}
