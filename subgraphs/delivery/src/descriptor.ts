import type { SubgraphDescriptor } from '@foodgraph/platform/process';
import { readDeliveryConfig, type DeliveryConfig } from './config';
import { deliveryMigrations } from './db/migrations';
import { deliveryEntities } from './entities';
import { emitDeliverySchema } from './graphql/build-delivery-schema';
import { createDeliverySubgraph } from './subgraph';

/**
 * The delivery subgraph as every process starts it: its own `main.ts`, the all-in-one stack,
 * the test kit and the schema emitter. It serves subscriptions (`deliveryOffers`,
 * `courierLocation`), so its process gets a pub/sub.
 */
export const deliverySubgraph: SubgraphDescriptor<DeliveryConfig> = {
  name: 'delivery',
  defaultPort: 4004,
  entities: deliveryEntities,
  migrations: deliveryMigrations,
  readConfig: readDeliveryConfig,
  create: (deps, config) => createDeliverySubgraph({ ...deps, config }),
  pubsub: true,
  emitSchema: emitDeliverySchema,
};
