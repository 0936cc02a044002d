import { MenuSchema1763870400000 } from './1763870400000-menu-schema';
import { StockReservations1763900000000 } from './1763900000000-stock-reservations';
import { KitchenStaff1766100000000 } from './1766100000000-kitchen-staff';

/** The menu subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const menuMigrations = [MenuSchema1763870400000, StockReservations1763900000000, KitchenStaff1766100000000];
