import type { SubgraphDescriptor } from '@foodgraph/platform/process';
import { readOrdersConfig, type OrdersConfig } from './config';
import { ordersMigrations } from './db/migrations';
import { ordersEntities } from './entities';
import { emitOrdersSchema } from './graphql/build-orders-schema';
import { createOrdersSubgraph } from './subgraph';

/**
 * The orders subgraph as every process starts it: its own `main.ts`, the all-in-one stack,
 * the test kit and the schema emitter. It serves subscriptions (`orderUpdated`,
 * `restaurantOrderFeed`), so its process gets a pub/sub.
 */
export const ordersSubgraph: SubgraphDescriptor<OrdersConfig> = {
  name: 'orders',
  defaultPort: 4003,
  entities: ordersEntities,
  migrations: ordersMigrations,
  readConfig: readOrdersConfig,
  create: (deps, config) => createOrdersSubgraph({ ...deps, config }),
  pubsub: true,
  emitSchema: emitOrdersSchema,
};
