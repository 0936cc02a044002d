import { verifyRouterRequest } from '@foodgraph/platform/auth';
import { sendJson, type Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { DirectoryService } from '../services/directory.service';

/** Where the router asks whether an access token's subject is an account of the platform. */
export const KNOWN_USER_PATH = '/internal/users/known';

/**
 * `POST /internal/users/known` with `{"userId": "…"}`, signed by the router like a GraphQL
 * request. Answers `{"known": true}` when the account exists, `{"known": false}` otherwise
 * (malformed ids included). A token that verifies yet names no account — from another issuer
 * the router trusts, or signed before this database was reset — must not act as anybody: the
 * subgraphs would resolve its user to nothing and answer `data: null` without an error.
 */
export function knownUserRoute(routerSecret: string, directory: DirectoryService, logger: Logger): Route {
  return {
    method: 'POST',
    path: KNOWN_USER_PATH,
    async handle(req, res, body) {
      const check = verifyRouterRequest(routerSecret, req.headers, body);
      if (!check.ok) {
        logger.warn({ reason: check.reason }, 'refused a user lookup the router did not sign');
        sendJson(res, 403, { error: 'This endpoint only answers the foodgraph router' });
        return;
      }
      let userId: unknown;
      try {
        userId = (JSON.parse(body.toString('utf8')) as { userId?: unknown }).userId;
      } catch {
        userId = undefined;
      }
      if (typeof userId !== 'string') {
        sendJson(res, 400, { error: 'Send {"userId": "…"}' });
        return;
      }
      sendJson(res, 200, { known: (await directory.findByIds([userId])).has(userId) });
    },
  };
}
