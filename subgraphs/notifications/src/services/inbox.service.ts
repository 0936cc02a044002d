import { BadUserInputError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import { checkPageSize, decodeCursor, pageOf, type Page } from '@foodgraph/platform/pagination';
import type { Identity } from '@foodgraph/platform/auth';
import type { Clock } from '@foodgraph/platform/process';
import { IsNull, type DataSource } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';
import { assertCanUseOwnInbox, canReadNotification } from './access';

/** Most ids one `markNotificationsRead` takes (a screen marks what it shows). */
export const MAX_MARK_IDS = 100;

/** One page of the caller's inbox with the count of everything unread. */
export interface InboxPage extends Page<NotificationEntity> {
  unreadCount: number;
}

/** The signed-in user's inbox: reading it and marking it read. */
export class InboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Newest first; `unreadOnly` leaves out what was read. `unreadCount` counts every unread one. */
  async myNotifications(identity: Identity, args: { unreadOnly: boolean; first: number; after: string | null }): Promise<InboxPage> {
    const user = assertCanUseOwnInbox(identity);
    const first = checkPageSize(args.first);
    const after = decodeCursor(args.after);
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.recipient_id = :userId', { userId: user.userId })
      .orderBy('n.id', 'DESC')
      .take(first + 1);
    // UUIDv7 ids grow with time: "older than the cursor" is a smaller id.
    if (after) query.andWhere('n.id < :after', { after });
    if (args.unreadOnly) query.andWhere('n.read_at IS NULL');
    const [rows, unreadCount] = await Promise.all([query.getMany(), this.unreadCount(user.userId)]);
    return { ...pageOf(rows, first), unreadCount };
  }

  /**
   * Marks the caller's notifications read: those of `ids`, or all when `ids` is null. Answers how
   * many changed; ids already read, unknown or someone else's change nothing.
   */
  async markRead(identity: Identity, ids: readonly string[] | null): Promise<number> {
    const user = assertCanUseOwnInbox(identity);
    if (ids !== null) {
      if (ids.length > MAX_MARK_IDS) throw new BadUserInputError('ids', `At most ${MAX_MARK_IDS} ids at a time`);
      if (!ids.every(isUuid)) throw new BadUserInputError('ids', 'Every id must be a notification id');
      if (ids.length === 0) return 0;
    }
    const update = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: this.clock() })
      .where('recipient_id = :userId AND read_at IS NULL', { userId: user.userId });
    if (ids !== null) update.andWhere('id IN (:...ids)', { ids: ids.map((id) => id.toLowerCase()) });
    const result = await update.execute();
    return result.affected ?? 0;
  }

  /** A notification for `__resolveReference`: null unless the caller is its recipient. */
  async notification(identity: Identity, id: string): Promise<NotificationEntity | null> {
    if (!isUuid(id)) return null;
    const row = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id });
    return row && canReadNotification(identity, row) ? row : null;
  }

  private unreadCount(userId: string): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).count({ where: { recipientId: userId, readAt: IsNull() } });
  }
}
