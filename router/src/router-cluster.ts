import type { Logger } from '@foodgraph/platform';
import cluster from 'node:cluster';

/** A worker that exits this soon after it was forked failed to start; forking it again would loop. */
const MIN_HEALTHY_UPTIME_MS = 5_000;

/** Options of `runRouterCluster`. */
export interface RouterClusterOptions {
  /** How many router workers to keep running. */
  workers: number;
  logger: Logger;
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
export function runRouterCluster({ workers, logger, env = {} }: RouterClusterOptions): void {
  const forkedAt = new Map<number, number>();
  let stopping = false;
  let exitCode = 0;

  const fork = () => {
    const worker = cluster.fork(env);
    forkedAt.set(worker.id, Date.now());
  };

  const stop = (code: number) => {
    exitCode = Math.max(exitCode, code);
    if (!stopping) logger.info({ workers: forkedAt.size }, 'stopping router workers');
    stopping = true;
    if (forkedAt.size === 0) process.exit(exitCode);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };

  cluster.on('exit', (worker, code, signal) => {
    const uptime = Date.now() - (forkedAt.get(worker.id) ?? 0);
    forkedAt.delete(worker.id);
    if (stopping) {
      if (forkedAt.size === 0) process.exit(exitCode);
      return;
    }
    if (uptime < MIN_HEALTHY_UPTIME_MS) {
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

  for (let i = 0; i < workers; i++) fork();
  logger.info({ workers }, 'router cluster started');
}
