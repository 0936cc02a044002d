import { createLogger } from '@foodgraph/platform';
import { readFileSync } from 'node:fs';
import { readRouterConfig, subgraphUrlOverrides } from './config';
import { createRouter } from './router';
import { subgraphsOfSupergraph } from './supergraph/subgraph-urls';

/** Process entry: environment → config → router on PORT; SIGINT/SIGTERM stop it gracefully. */
async function main(): Promise<void> {
  const config = readRouterConfig(process.env);
  const logger = createLogger('router', config.logLevel);
  if (config.secretGenerated) {
    logger.warn(
      'ROUTER_SIGNING_SECRET is not set: signing with a random per-process secret; foodgraph subgraphs will refuse these requests',
    );
  }
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const names = subgraphsOfSupergraph(supergraphSdl).map((s) => s.name);
  const { urls, unmatched } = subgraphUrlOverrides(config.subgraphUrlVariables, names);
  if (unmatched.length)
    logger.warn(
      { variables: unmatched, subgraphs: names },
      'SUBGRAPH_<NAME>_URL variables that name no subgraph of the supergraph are ignored',
    );
  const router = createRouter({ ...config, supergraphSdl, logger, subgraphUrls: urls });
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
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  // Config errors name the variable; print them plainly, as the logger may not exist yet.
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
