import { createLogger } from '@foodgraph/platform/logging';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { workerExecArgv } from '../src/router-cluster';
import { startFixtureSubgraphs } from './fixtures/fixture-subgraphs';
import { FIXTURE_SUPERGRAPH } from './fixtures/start-stack';

// The cluster is a property of the process entry, so this runs the built entry point (CI
// builds before testing).
const ENTRY = resolve(__dirname, '../dist/main.js');
const built = existsSync(ENTRY);
const describeBuilt = built ? describe : describe.skip;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Live child processes of `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(fields[1]) === pid && fields[0] !== 'Z';
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exitOf = (child: ChildProcess) =>
  child.exitCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

describeBuilt(
  built ? 'router cluster (ROUTER_WORKERS)' : 'router cluster (skipped: router/dist/main.js is not built; run npm run build)',
  () => {
    const secret = randomBytes(32).toString('hex');
    let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
    let dir: string;
    const started: ChildProcess[] = [];

    beforeAll(async () => {
      subgraphs = await startFixtureSubgraphs(secret, createLogger('subgraphs', 'silent'));
      dir = mkdtempSync(join(tmpdir(), 'router-cluster-'));
      writeFileSync(join(dir, 'supergraph.graphql'), FIXTURE_SUPERGRAPH);
    });
    afterAll(async () => {
      for (const child of started) {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // The group is gone already.
        }
      }
      await subgraphs?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    function startRouter(port: number, workers: number): ChildProcess {
      // Its own process group, in production mode: a supervisor or terminal signals the whole
      // group, and Apollo Server's own signal handling (off under NODE_ENV=test) must not interfere.
      const child = spawn(process.execPath, [ENTRY], {
        detached: true,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: String(port),
          HOST: '127.0.0.1',
          SUPERGRAPH: join(dir, 'supergraph.graphql'),
          SUBGRAPH_ACCOUNTS_URL: subgraphs.accounts.url,
          SUBGRAPH_REVIEWS_URL: subgraphs.reviews.url,
          ROUTER_SIGNING_SECRET: secret,
          ROUTER_WORKERS: String(workers),
          LOG_LEVEL: 'silent',
        },
        stdio: 'ignore',
      });
      started.push(child);
      return child;
    }

    const query = async (port: number) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ users { id reviews { body } } }' }),
      });
      return (await res.json()) as { data?: { users: unknown[] } };
    };

    it('serves one port from ROUTER_WORKERS processes, replaces a crashed one and stops them all on SIGTERM', async () => {
      const port = await freePort();
      const primary = startRouter(port, 2);
      await eventually(async () => (await query(port)).data?.users.length === 2, 'the cluster to answer');
      await eventually(() => childrenOf(primary.pid!).length === 2, 'two workers');
      for (const worker of childrenOf(primary.pid!)) {
        expect(readFileSync(`/proc/${worker}/cmdline`, 'utf8').split('\0')).toContain('--max-semi-space-size=64');
      }

      const [first] = childrenOf(primary.pid!);
      // A worker younger than 5 s counts as failing to start; this one is a crash at run time.
      await sleep(5_500);
      process.kill(first, 'SIGKILL');
      await eventually(() => {
        const now = childrenOf(primary.pid!);
        return now.length === 2 && !now.includes(first);
      }, 'a replacement worker');
      await eventually(async () => (await query(port)).data?.users.length === 2, 'answers after the replacement');

      const workers = childrenOf(primary.pid!);
      process.kill(-primary.pid!, 'SIGTERM');
      expect(await exitOf(primary)).toBe(0);
      // The primary exits only after its workers did (and reaped them).
      expect(workers.filter((pid) => existsSync(`/proc/${pid}`))).toEqual([]);
    });

    it('exits with an error instead of looping when its workers cannot start', async () => {
      const blocker: Server = createServer();
      await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
      const { port } = blocker.address() as AddressInfo;
      try {
        const primary = startRouter(port, 2);
        expect(await exitOf(primary)).toBe(1);
      } finally {
        await new Promise((done) => blocker.close(done));
      }
    });
  },
);

describe('router worker flags', () => {
  it('gives workers a larger young generation unless one was chosen', () => {
    expect(workerExecArgv([])).toEqual(['--max-semi-space-size=64']);
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps', '--max-semi-space-size=64']);
    expect(workerExecArgv(['--max-semi-space-size=16'])).toEqual(['--max-semi-space-size=16']);
    expect(workerExecArgv([], '--max-semi-space-size=8')).toEqual([]);
  });
});
