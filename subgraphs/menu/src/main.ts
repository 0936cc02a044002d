import 'reflect-metadata';
import { runSubgraphProcess } from '@foodgraph/platform';
import { readMenuConfig } from './config';
import { menuMigrations } from './db/migrations';
import { menuEntities } from './entities';
import { createMenuSubgraph } from './subgraph';

/**
 * The menu subgraph as its own process (PORT, default 4002). The only file of the subgraph
 * that reads `process.env`; see `runSubgraphProcess` for what it opens and how it stops.
 */
runSubgraphProcess(
  {
    name: 'menu',
    entities: menuEntities,
    migrations: menuMigrations,
    readConfig: readMenuConfig,
    create: (deps, config) => createMenuSubgraph({ ...deps, config }),
  },
  process.env,
);
