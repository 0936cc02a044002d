import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildMenuSchema } from './graphql/build-menu-schema';

export { createMenuSubgraph, type MenuSubgraphDeps } from './subgraph';
export { menuEntities } from './entities';
export { menuMigrations } from './db/migrations';
export { readMenuConfig, DEFAULT_MENU_CONFIG, type MenuConfig } from './config';

/** The subgraph's SDL as composition sees it (built without a database or bus), newline-terminated like the checked-in file. */
export async function emitMenuSchema(): Promise<string> {
  return `${printSubgraphSchema(await buildMenuSchema())}\n`;
}
