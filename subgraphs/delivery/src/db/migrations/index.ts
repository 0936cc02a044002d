import { DeliverySchema1764000000000 } from './1764000000000-delivery-schema';

/** The delivery subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const deliveryMigrations = [DeliverySchema1764000000000];
