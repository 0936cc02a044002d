import { NotificationsSchema1766000000000 } from './1766000000000-notifications-schema';
import { StaffRevision1766200000000 } from './1766200000000-staff-revision';

/** The notifications subgraph's migrations in order, for `openDatabase({ migrations })`. */
export const notificationsMigrations = [NotificationsSchema1766000000000, StaffRevision1766200000000];
