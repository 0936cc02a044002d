import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { eventually, type TestSupergraph } from '@foodgraph/testing';

const ROOT = resolve(__dirname, '../../..');
const ROUTER_ENTRY = join(ROOT, 'router', 'dist', 'main.js');

/** A router run the way production runs it: `node router/dist/main.js`. */
export interface RouterProcess {
  readonly url: string;
  readonly origin: string;
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** stdout + stderr so far (the tail), for a failing test's message. */
  output(): string;
  /** SIGKILL if still running (cleanup after a failed test). */
  kill(): Promise<void>;
}

/**
 * Starts `router/dist/main.js` (build first) on `port` in front of `subgraphUrls` (by subgraph
 * name), signing with the stack's secret; resolves once its `/ready` answers 200.
 */
export async function startRouterProcess(
  sg: TestSupergraph,
  port: number,
  subgraphUrls: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string>> = {},
): Promise<RouterProcess> {
  if (!existsSync(ROUTER_ENTRY)) throw new Error(`${ROUTER_ENTRY} is missing: run \`npm run build\` first`);
  const urls = Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]));
  const child = spawn(process.execPath, [ROUTER_ENTRY], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      ROUTER_SIGNING_SECRET: sg.routerSecret,
      FOODGRAPH_NAMESPACE: sg.namespace,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_APP_DIR: 'off',
      // Subgraph /health probes are for operators' logs; a test has no use for them.
      SUBGRAPH_HEALTH_INTERVAL: '0',
      ...urls,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer): void => void (output = (output + chunk.toString('utf8')).slice(-20_000));
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = once(child, 'exit').then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null }));
  const origin = `http://127.0.0.1:${port}`;
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGKILL');
    await exited;
  };
  try {
    await eventually(async () => {
      if (child.exitCode !== null) throw new Error(`the router exited (${child.exitCode}):\n${output}`);
      const res = await fetch(`${origin}/ready`);
      if (!res.ok) throw new Error(`/ready answered ${res.status}`);
    }, 30_000);
  } catch (error) {
    await kill();
    throw error;
  }
  return { url: `${origin}/graphql`, origin, child, exited, output: () => output, kill };
}
