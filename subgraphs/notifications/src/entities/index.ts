import { NotificationEntity } from './notification.entity';

/**
 * Every TypeORM entity of the notifications subgraph, for `openDatabase({ entities })`. The
 * read models and the e-mail queue are plain tables written with SQL upserts (see the
 * migration), so only the inbox has an entity.
 */
export const notificationsEntities = [NotificationEntity];
