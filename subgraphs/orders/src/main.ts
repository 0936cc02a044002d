import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform';
import { readOrdersConfig } from './config';
import { ordersMigrations } from './db/migrations';
import { ordersEntities } from './entities';
import { createOrdersSubgraph } from './subgraph';

/**
 * The orders subgraph as its own process (PORT, default 4003). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(
  {
    name: 'orders',
    entities: ordersEntities,
    migrations: ordersMigrations,
    readConfig: readOrdersConfig,
    create: (deps, config) => createOrdersSubgraph({ ...deps, config }),
    pubsub: true,
  },
  process.env,
);
