import { OrdersSchema1763880000000 } from './1763880000000-orders-schema';

/** The orders subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const ordersMigrations = [OrdersSchema1763880000000];
