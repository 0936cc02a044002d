import 'reflect-metadata';

export { menuSubgraph, emitMenuSchema } from './descriptor';
export { createMenuSubgraph, type MenuSubgraphDeps } from './subgraph';
export { menuEntities } from './entities';
export { menuMigrations } from './db/migrations';
export { readMenuConfig, DEFAULT_MENU_CONFIG, type MenuConfig } from './config';
