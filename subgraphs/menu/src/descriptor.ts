import { printSubgraphSchema } from '@apollo/subgraph';
import type { SubgraphDescriptor } from '@foodgraph/platform/process';
import { readMenuConfig, type MenuConfig } from './config';
import { menuMigrations } from './db/migrations';
import { menuEntities } from './entities';
import { buildMenuSchema } from './graphql/build-menu-schema';
import { createMenuSubgraph } from './subgraph';

/** The subgraph's SDL as composition sees it (built without a database or bus), newline-terminated like the checked-in file. */
export async function emitMenuSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildMenuSchema())}\n`;
}

/** The menu subgraph as every process starts it: its own `main.ts`, the stack, the test kit, the schema emitter. */
export const menuSubgraph: SubgraphDescriptor<MenuConfig> = {
  name: 'menu',
  defaultPort: 4002,
  entities: menuEntities,
  migrations: menuMigrations,
  readConfig: readMenuConfig,
  create: (deps, config) => createMenuSubgraph({ ...deps, config }),
  emitSchema: emitMenuSchema,
};
