import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform';
import { readDeliveryConfig } from './config';
import { deliveryMigrations } from './db/migrations';
import { deliveryEntities } from './entities';
import { createDeliverySubgraph } from './subgraph';

/**
 * The delivery subgraph as its own process (PORT, default 4004). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(
  {
    name: 'delivery',
    entities: deliveryEntities,
    migrations: deliveryMigrations,
    readConfig: readDeliveryConfig,
    create: (deps, config) => createDeliverySubgraph({ ...deps, config }),
    pubsub: true,
  },
  process.env,
);
