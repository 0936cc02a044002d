import type { SubgraphDescriptor } from '@foodgraph/platform/process';
import { readNotificationsConfig, type NotificationsConfig } from './config';
import { notificationsMigrations } from './db/migrations';
import { notificationsEntities } from './entities';
import { emitNotificationsSchema } from './graphql/build-notifications-schema';
import { createNotificationsSubgraph } from './subgraph';

/** The notifications subgraph as its process, the all-in-one stack, the test kit and the schema emitter start it. */
export const notificationsSubgraph: SubgraphDescriptor<NotificationsConfig> = {
  name: 'notifications',
  defaultPort: 4006,
  entities: notificationsEntities,
  migrations: notificationsMigrations,
  readConfig: readNotificationsConfig,
  create: (deps, config) => createNotificationsSubgraph({ ...deps, config }),
  pubsub: true,
  emitSchema: emitNotificationsSchema,
};
