import { MenuSchema1763870400000 } from './1763870400000-menu-schema';
import { StockReservations1763900000000 } from './1763900000000-stock-reservations';

/** The menu subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const menuMigrations = [MenuSchema1763870400000, StockReservations1763900000000];
