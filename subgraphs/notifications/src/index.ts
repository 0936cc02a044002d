export { notificationsSubgraph } from './descriptor';
export { createNotificationsSubgraph, type NotificationsSubgraphDeps } from './subgraph';
export { notificationsEntities } from './entities';
export { notificationsMigrations } from './db/migrations';
export { readNotificationsConfig, DEFAULT_NOTIFICATIONS_CONFIG, type NotificationsConfig } from './config';
export { buildNotificationsSchema, emitNotificationsSchema } from './graphql/build-notifications-schema';
export type { DeliveryChannel, OutgoingMessage } from './channels/delivery-channel';
