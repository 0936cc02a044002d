import type { UserEntity } from '../entities/user.entity';
import type { UsersContext } from './context';

/**
 * `User.__resolveReference`: other subgraphs return `{ __typename: "User", id }` and the
 * gateway asks here for the rest. Goes through the per-request loader, so a list of
 * references costs one query; an unknown id resolves to null.
 */
export const userReference = {
  __resolveReference(reference: { id: string }, ctx: UsersContext): Promise<UserEntity | null> {
    return ctx.users.load(reference.id);
  },
};
