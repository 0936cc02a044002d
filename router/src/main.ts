import { createLogger } from '@foodgraph/platform/logging';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { readRouterConfig, subgraphTimeoutOverrides, subgraphUrlOverrides } from './config';
import { createRouter } from './router';
import { aggregateWorkerMetrics } from './metrics/cluster-metrics';
import { runRouterCluster } from './router-cluster';
import { subgraphsOfSupergraph } from './supergraph/subgraph-urls';

/**
 * Process entry: environment → config → router on PORT; SIGINT/SIGTERM stop it gracefully.
 * With ROUTER_WORKERS > 1 this process becomes the cluster primary and each worker runs this
 * same entry as a plain router.
 */
async function main(): Promise<void> {
  const config = readRouterConfig(process.env);
  const logger = createLogger('router', config.logLevel);
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
      env: config.secretGenerated ? { ROUTER_SIGNING_SECRET: config.routerSecret } : {},
    });
    // Each worker answers /metrics (on PORT or METRICS_PORT, shared like PORT) with this aggregate.
    aggregateWorkerMetrics();
    return;
  }
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

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping router');
    router.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'router did not stop cleanly');
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: a worker gets the signal both from its primary and, often, from the
  // process group; a second one must not cut the graceful drain short.
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  // Config errors name the variable; print them plainly, as the logger may not exist yet.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
