import type { SubgraphDescriptor } from '@foodgraph/platform/process';
import { readUsersConfig, type UsersConfig } from './config';
import { usersMigrations } from './db/migrations';
import { usersEntities } from './entities';
import { emitUsersSchema } from './graphql/build-users-schema';
import { createUsersSubgraph } from './subgraph';

/**
 * The users subgraph as every process starts it: its own `main.ts`, the all-in-one stack, the
 * test kit and the schema emitter.
 */
export const usersSubgraph: SubgraphDescriptor<UsersConfig> = {
  name: 'users',
  defaultPort: 4001,
  entities: usersEntities,
  migrations: usersMigrations,
  readConfig: readUsersConfig,
  create: (deps, config) => createUsersSubgraph({ ...deps, config }),
  emitSchema: emitUsersSchema,
};
