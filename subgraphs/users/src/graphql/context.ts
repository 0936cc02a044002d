import type { RequestContext } from '@foodgraph/platform';
import type { UsersServices } from '../services/users-services';
import type { UserLoader } from './user-loader';

/** What the users subgraph's resolvers get on top of the verified base context. */
export interface UsersContext extends RequestContext {
  services: UsersServices;
  /** Per-request batching loader for users by id. */
  users: UserLoader;
  /**
   * Users this request has just authenticated as (register, login, refresh, guest). The
   * identity header still says "anonymous" for such a request, yet the payload's user is the
   * caller and may see their own email.
   */
  signedInAs: Set<string>;
}
