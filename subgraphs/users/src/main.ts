import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform';
import { readUsersConfig } from './config';
import { usersMigrations } from './db/migrations';
import { usersEntities } from './entities';
import { createUsersSubgraph } from './subgraph';

/**
 * The users subgraph as its own process (PORT, default 4001). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(
  {
    name: 'users',
    entities: usersEntities,
    migrations: usersMigrations,
    readConfig: readUsersConfig,
    create: (deps, config) => createUsersSubgraph({ ...deps, config }),
  },
  process.env,
);
