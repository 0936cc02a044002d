import type { Identity, Role } from '@foodgraph/platform/auth';
import { isUuid } from '@foodgraph/platform/ids';
import { checkPageSize, decodeAfterId } from '@foodgraph/platform/pagination';
import { In, MoreThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { assertCanListUsers, assertCanSeeDisabled, canReadContactDetails, canReadDocument } from './access';

/** A page request of the admin user listing. */
export interface UserListQuery {
  role?: Role | null;
  first: number;
  /** The id of the last user of the previous page. */
  after?: string | null;
}

/** A user's personal fields as one caller may see them: null where hidden. */
export interface ContactDetails {
  email: string | null;
  phone: string | null;
}

const HIDDEN: ContactDetails = { email: null, phone: null };

/** Reading users: by id (in batches, for federation) and as an admin's paged listing. */
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Users in registration order, for admins; ids are UUIDv7, so the id is the cursor. The list
   * is a plain `[User!]!` whose `after` is a raw user id (the public contract), so it keeps that
   * keyset rather than the platform's opaque connection cursors.
   */
  async list(identity: Identity, query: UserListQuery): Promise<UserEntity[]> {
    assertCanListUsers(identity);
    checkPageSize(query.first, 'first');
    const afterId = decodeAfterId(query.after);
    const where: FindOptionsWhere<UserEntity> = {};
    if (query.role) where.role = query.role;
    if (afterId) where.id = MoreThan(afterId);
    return this.dataSource.getRepository(UserEntity).find({ where, order: { id: 'ASC' }, take: query.first });
  }

  /**
   * The email and phone of `user` as `viewer` may see them. `justSignedInAs` are the users
   * this request has just authenticated as, `viewersStaff` the viewer's kitchen staff shown in
   * it (see `canReadContactDetails`).
   */
  contactDetailsOf(
    viewer: Identity,
    user: UserEntity,
    justSignedInAs: ReadonlySet<string>,
    viewersStaff: ReadonlySet<string> = new Set(),
  ): ContactDetails {
    return canReadContactDetails(viewer, user.id, justSignedInAs, viewersStaff) ? { email: user.email, phone: user.phone } : HIDDEN;
  }

  /** The national document of `user` for the user themself and admins, null for others. */
  documentOf(viewer: Identity, user: UserEntity, justSignedInAs: ReadonlySet<string>): string | null {
    return canReadDocument(viewer, user.id, justSignedInAs) ? user.document : null;
  }

  /** Whether `user` is disabled, for the user themself and admins (FORBIDDEN for others). */
  disabledStateOf(viewer: Identity, user: UserEntity, justSignedInAs: ReadonlySet<string>): boolean {
    assertCanSeeDisabled(viewer, user.id, justSignedInAs);
    return user.disabledAt != null;
  }

  /**
   * Whether `userId` names an account that may act: it exists and is not disabled. The router
   * asks this for every access token's subject (cached briefly), so a disabled user's tokens
   * and live subscriptions stop even before the tokens expire.
   */
  async isActive(userId: string): Promise<boolean> {
    const user = (await this.findByIds([userId])).get(userId);
    return user !== undefined && user.disabledAt === null;
  }

  /**
   * The users with these ids by id, in one query (the batch of the per-request loader);
   * malformed ids are skipped, not sent to SQL.
   */
  async findByIds(ids: readonly string[]): Promise<Map<string, UserEntity>> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return new Map();
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In(valid) });
    return new Map(users.map((user) => [user.id, user]));
  }
}
