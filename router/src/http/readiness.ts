import type { Logger } from '@foodgraph/platform/logging';
import type { SupergraphSubgraph } from '../supergraph/subgraph-urls';
import type { SubgraphPools } from '../transport/subgraph-pools';

/** Why a router is not ready: the supergraph is not loaded yet, or it is stopping. */
export type NotReadyReason = 'starting' | 'draining';

/**
 * The router's own readiness. Deliberately not its subgraphs' health: every replica shares the
 * same subgraphs, so one subgraph down would pull every router out of rotation at once while
 * the rest of the graph still answers.
 */
export interface RouterReadiness {
  /** Undefined when ready. */
  notReady(): NotReadyReason | undefined;
}

export interface SubgraphHealthOptions {
  subgraphs: readonly SupergraphSubgraph[];
  pools: SubgraphPools;
  logger: Logger;
  /** How often every subgraph's `/health` is checked, in ms; 0 = never. @default 10000 */
  intervalMs?: number;
  /** Deadline for one subgraph health check, in ms. @default 2000 */
  timeoutMs?: number;
}

/**
 * Watches each subgraph's `/health` (same origin as its GraphQL URL) in the background and logs
 * every change: a warning when one stops answering 200, an info line when it is back. This is
 * for operators (logs, alerts); `/ready` does not depend on it and never names a subgraph.
 */
export function watchSubgraphHealth(opts: SubgraphHealthOptions): { stop(): void } {
  const intervalMs = opts.intervalMs ?? 10_000;
  const timeoutMs = opts.timeoutMs ?? 2_000;
  if (intervalMs <= 0) return { stop() {} };
  // Assumed healthy at start: only a change is worth a line.
  const healthy = new Map(opts.subgraphs.map((s) => [s.name, true]));
  let round: Promise<void> | undefined;

  async function check(s: SupergraphSubgraph): Promise<void> {
    let ok = false;
    let detail: string | undefined;
    try {
      const origin = new URL(s.url).origin;
      const res = await opts.pools.get(origin).request({ path: '/health', method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
      await res.body.dump();
      ok = res.statusCode === 200;
      if (!ok) detail = `HTTP ${res.statusCode}`;
    } catch (err) {
      detail = err instanceof Error ? err.message : String(err);
    }
    if (ok === healthy.get(s.name)) return;
    healthy.set(s.name, ok);
    if (ok) opts.logger.info({ subgraph: s.name }, 'subgraph healthy again');
    else opts.logger.warn({ subgraph: s.name, url: s.url, detail }, 'subgraph unhealthy: its /health does not answer 200');
  }

  const timer = setInterval(() => {
    // One round at a time: a slow subgraph must not pile up probes.
    round ??= Promise.all(opts.subgraphs.map(check)).then(() => {
      round = undefined;
    });
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
    },
  };
}
