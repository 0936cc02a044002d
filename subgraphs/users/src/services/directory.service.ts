import { BadUserInputError, isUuid, type Role } from '@foodgraph/platform';
import { In, MoreThan, type DataSource, type FindOptionsWhere } from 'typeorm';
import { pageSizeProblem } from '../domain/pagination';
import { UserEntity } from '../entities/user.entity';

/** A page request of the admin user listing. */
export interface UserListQuery {
  role?: Role | null;
  first: number;
  /** The id of the last user of the previous page. */
  after?: string | null;
}

/** Reading users: by id (in batches, for federation) and as an admin's paged listing. */
export class DirectoryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Users in registration order; ids are UUIDv7, so the id is the cursor. */
  async list(query: UserListQuery): Promise<UserEntity[]> {
    const problem = pageSizeProblem(query.first);
    if (problem) throw new BadUserInputError('first', problem);
    if (query.after != null && !isUuid(query.after))
      throw new BadUserInputError('after', 'after must be the id of a user from a previous page');
    const where: FindOptionsWhere<UserEntity> = {};
    if (query.role) where.role = query.role;
    if (query.after) where.id = MoreThan(query.after);
    return this.dataSource.getRepository(UserEntity).find({ where, order: { id: 'ASC' }, take: query.first });
  }

  /** The users with these ids, in one query; malformed ids are skipped, not sent to SQL. */
  async findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    return this.dataSource.getRepository(UserEntity).findBy({ id: In(valid) });
  }
}
