import { NotificationsSchema1766000000000 } from './1766000000000-notifications-schema';

/** The notifications subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const notificationsMigrations = [NotificationsSchema1766000000000];
