import { MenuSchema1763870400000 } from './1763870400000-menu-schema';

/** The menu subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const menuMigrations = [MenuSchema1763870400000];
