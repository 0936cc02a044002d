export { deliverySubgraph } from './descriptor';
export { createDeliverySubgraph, type DeliverySubgraphDeps } from './subgraph';
export { deliveryEntities } from './entities';
export { deliveryMigrations } from './db/migrations';
export { readDeliveryConfig, DEFAULT_DELIVERY_CONFIG, type DeliveryConfig } from './config';
export type { EarningsPolicy, PeakWindow } from './domain/earnings-policy';
export { buildDeliverySchema, emitDeliverySchema } from './graphql/build-delivery-schema';
