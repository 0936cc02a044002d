import type { Logger } from '@foodgraph/platform/logging';
import cluster from 'node:cluster';

const SEMI_SPACE_FLAG = '--max-semi-space-size';
const SEMI_SPACE_MB = 64;

/**
 * Node flags for the workers: the primary's own, plus a larger young generation unless one was
 * chosen already (flag or NODE_OPTIONS). Every request allocates megabytes that die with it —
 * parsed subgraph answers, merged results, the serialized response — and V8's default semi-spaces
 * fill in a few requests, so scavenges run constantly and promote in-flight data to the old
 * generation. 64 MB took the external workload from 74 to 92 requests per CPU-second.
 */
export function workerExecArgv(execArgv: readonly string[], nodeOptions = ''): string[] {
  const chosen = [...execArgv, nodeOptions].some((arg) => arg.includes(SEMI_SPACE_FLAG));
  return chosen ? [...execArgv] : [...execArgv, `${SEMI_SPACE_FLAG}=${SEMI_SPACE_MB}`];
}

/** Options of `runRouterCluster`. */
export interface RouterClusterOptions {
  /** How many router workers to keep running. */
  workers: number;
  logger: Logger;
  /**
   * SHUTDOWN_GRACE: each worker exits within it by itself; a worker still there a moment after
   * it is killed, and the primary exits 1, so a stuck worker never outlives its cluster.
   */
  graceMs: number;
  /** Extra environment for every worker (e.g. a signing secret the primary made up, so all sign alike). */
  env?: Readonly<Record<string, string>>;
}

/**
 * The primary process of a router cluster. It serves nothing itself: it forks `workers` router
 * processes that listen on the same port (node:cluster hands connections out round-robin), so a
 * single command uses every core. A worker that crashes is replaced; one that fails right after
 * start (bad config, port taken) stops the whole cluster instead of looping. SIGINT/SIGTERM are
 * passed on to every worker, which drain gracefully; the primary exits once all are gone.
 */
export function runRouterCluster({ workers, logger, graceMs, env = {} }: RouterClusterOptions): void {
  // Worker ids by whether they have listened yet. A worker that exits before it ever listened
  // failed to start (bad config, port taken): forking it again would loop. Judged by the
  // cluster's own 'listening' event, not by uptime, so a slow start on a busy machine is no crash.
  const running = new Map<number, { listened: boolean }>();
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork(env);
    running.set(worker.id, { listened: false });
  };

  const stop = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (!stopping) {
      logger.info({ workers: running.size }, 'stopping router workers');
      // The workers' own deadline is the same grace: this one fires only for a worker that hangs
      // past it (a blocked event loop), a second later.
      const deadline = setTimeout(() => {
        logger.error({ workers: running.size, graceMs }, 'router workers outlived SHUTDOWN_GRACE; killing them');
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
        exitCode = 1;
      }, graceMs + 1_000);
      deadline.unref();
    }
    stopping = true;
    if (running.size === 0) process.exit(exitCode);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };

  cluster.on('listening', (worker) => {
    const state = running.get(worker.id);
    if (state) state.listened = true;
  });

  cluster.on('exit', (worker, code, signal) => {
    const listened = running.get(worker.id)?.listened ?? false;
    running.delete(worker.id);
    if (stopping) {
      if (running.size === 0) process.exit(exitCode);
      return;
    }
    if (!listened) {
      logger.error({ pid: worker.process.pid, code, signal }, 'a router worker failed to start; stopping the cluster');
      stop(1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, 'a router worker died; starting a replacement');
    fork();
  });

  // `on`, not `once`: in a terminal or under a supervisor the signal often reaches the whole
  // process group, and a repeated signal must not kill the primary before its workers drained.
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));

  cluster.setupPrimary({ execArgv: workerExecArgv(process.execArgv, process.env['NODE_OPTIONS']) });
  for (let i = 0; i < workers; i++) fork();
  logger.info({ workers }, 'router cluster started');
}
