import type { BatchLoader, RequestContext } from '@foodgraph/platform/graphql';
import type { UserEntity } from '../entities/user.entity';
import type { UsersServices } from '../services/users-services';

/** What the users subgraph's resolvers get on top of the verified base context. */
export interface UsersContext extends RequestContext {
  services: UsersServices;
  /** Per-request batching loader for users by id; an unknown id loads as null. */
  users: BatchLoader<string, UserEntity | null>;
  /**
   * Users this request has just authenticated as (register, login, refresh, guest). The
   * identity header still says "anonymous" for such a request, yet the payload's user is the
   * caller and may see their own email.
   */
  signedInAs: Set<string>;
  /**
   * Kitchen staff this request has shown to the owner of their restaurant (`Restaurant.staff`,
   * `addRestaurantStaff`): the owner sees their email and phone.
   */
  viewersStaff: Set<string>;
}
