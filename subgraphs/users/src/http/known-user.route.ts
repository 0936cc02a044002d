import type { Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { DirectoryService } from '../services/directory.service';
import { routerOnlyRoute } from './router-only-route';

/** Where the router asks whether an access token's subject is an account of the platform. */
export const KNOWN_USER_PATH = '/internal/users/known';

/**
 * `POST /internal/users/known` with `{"userId": "…"}`, for the router only. Answers `{"known":
 * true}` when the account exists and is not disabled, `{"known": false}` otherwise (malformed
 * ids included): a disabled user's access tokens stop working as soon as the router asks again. A token
 * that verifies yet names no account — from another issuer the router trusts, or signed before
 * this database was reset — must not act as anybody: the subgraphs would resolve its user to
 * nothing and answer `data: null` without an error.
 */
export function knownUserRoute(routerSecret: string, directory: DirectoryService, logger: Logger): Route {
  return routerOnlyRoute({
    path: KNOWN_USER_PATH,
    routerSecret,
    logger,
    what: 'a user lookup',
    field: 'userId',
    answer: async (userId) => ({ known: await directory.isActive(userId) }),
  });
}
