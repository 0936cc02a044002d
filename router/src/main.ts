import { createLogger } from '@foodgraph/platform/logging';
import { exitGracefullyOnSignals, onShutdown, readShutdownGrace } from '@foodgraph/platform/shutdown';
import { readTracingConfig, startTracing } from '@foodgraph/platform/tracing';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { readRouterConfig, subgraphTimeoutOverrides, subgraphUrlOverrides } from './config';
import { createRouter } from './router';
import { aggregateWorkerMetrics } from './metrics/cluster-metrics';
import { runRouterCluster } from './router-cluster';
import { subgraphsOfSupergraph } from './supergraph/subgraph-urls';

/**
 * Process entry: environment → config → router on PORT; SIGINT/SIGTERM stop it gracefully
 * within SHUTDOWN_GRACE.
 * With ROUTER_WORKERS > 1 this process becomes the cluster primary and each worker runs this
 * same entry as a plain router.
 */
async function main(): Promise<void> {
  const config = readRouterConfig(process.env);
  const graceMs = readShutdownGrace(process.env);
  // Read here so that a bad OTEL_* variable stops the primary, not each worker over and over.
  const tracingConfig = readTracingConfig(process.env);
  const logger = createLogger('router', config.logLevel);
  const drainMs = (config.drainDelayMs ?? 0) + (config.shutdownGraceMs ?? 0);
  if (cluster.isPrimary && drainMs >= graceMs) {
    logger.warn(
      { drainDelayMs: config.drainDelayMs, inFlightGraceMs: config.shutdownGraceMs, graceMs },
      'ROUTER_DRAIN_DELAY + ROUTER_SHUTDOWN_GRACE leave no time within SHUTDOWN_GRACE: a slow drain ends in an exit with 1',
    );
  }
  if (config.secretGenerated && cluster.isPrimary) {
    logger.warn(
      'ROUTER_SIGNING_SECRET is not set: signing with a random per-process secret; foodgraph subgraphs will refuse these requests',
    );
  }
  if (cluster.isPrimary && config.workers > 1) {
    // A made-up secret is handed to the workers so that the whole cluster signs alike.
    runRouterCluster({
      workers: config.workers,
      logger,
      graceMs,
      env: config.secretGenerated ? { ROUTER_SIGNING_SECRET: config.routerSecret } : {},
    });
    // Each worker answers /metrics (on PORT or METRICS_PORT, shared like PORT) with this aggregate.
    aggregateWorkerMetrics();
    return;
  }
  // Each worker (or the only process) traces its own requests; the primary serves none. The
  // router hands its spans' contexts along itself (RouterContext.traceContext): no async context.
  const tracing = startTracing(tracingConfig, { asyncContext: false });
  onShutdown('trace flush', () => tracing.shutdown());
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const names = subgraphsOfSupergraph(supergraphSdl).map((s) => s.name);
  const { urls, unmatched } = subgraphUrlOverrides(config.subgraphUrlVariables, names);
  const { timeouts, unmatched: unmatchedTimeouts } = subgraphTimeoutOverrides(config.subgraphTimeoutVariables, names);
  if (unmatched.length || unmatchedTimeouts.length)
    logger.warn(
      { variables: [...unmatched, ...unmatchedTimeouts], subgraphs: names },
      'SUBGRAPH_<NAME>_URL and SUBGRAPH_<NAME>_TIMEOUT variables that name no subgraph of the supergraph are ignored',
    );
  const router = createRouter({
    ...config,
    supergraphSdl,
    logger,
    subgraphUrls: urls,
    subgraphTimeouts: timeouts,
    metrics: { ...config.metrics, cluster: cluster.isWorker },
  });
  await router.listen(config.port, config.host);

  // SIGTERM: /ready 503 for ROUTER_DRAIN_DELAY, WebSockets closed with 1001 (going away, which
  // graphql-ws clients retry), requests in flight answered, then the shutdown hooks (trace
  // flush) — and exit 0, or 1 past SHUTDOWN_GRACE.
  exitGracefullyOnSignals({
    logger,
    graceMs,
    stop: async (signal) => {
      logger.info({ signal }, 'stopping router');
      await router.stop();
    },
  });
}

main().catch((err: unknown) => {
  // Config errors name the variable; print them plainly, as the logger may not exist yet.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
