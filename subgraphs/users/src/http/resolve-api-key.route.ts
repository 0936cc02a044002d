import { verifyRouterRequest } from '@foodgraph/platform/auth';
import { sendJson, type Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { ApiKeyService } from '../services/api-key.service';

/** Where the router turns a partner's API key into an identity. */
export const RESOLVE_API_KEY_PATH = '/internal/api-keys/resolve';

/**
 * `POST /internal/api-keys/resolve` with `{"secret": "fgk_…"}`, signed by the router like a
 * GraphQL request. Answers `{"identity": {kind: "user", userId, role: "PARTNER", isGuest:
 * false, apiKeyId}}` for a live key of a partner and `{"identity": null}` otherwise. The
 * signature keeps this lookup from becoming a key-guessing oracle for anyone else.
 */
export function resolveApiKeyRoute(routerSecret: string, apiKeys: ApiKeyService, logger: Logger): Route {
  return {
    method: 'POST',
    path: RESOLVE_API_KEY_PATH,
    async handle(req, res, body) {
      const check = verifyRouterRequest(routerSecret, req.headers, body);
      if (!check.ok) {
        logger.warn({ reason: check.reason }, 'refused an API key lookup the router did not sign');
        sendJson(res, 403, { error: 'This endpoint only answers the foodgraph router' });
        return;
      }
      let secret: unknown;
      try {
        secret = (JSON.parse(body.toString('utf8')) as { secret?: unknown }).secret;
      } catch {
        secret = undefined;
      }
      if (typeof secret !== 'string') {
        sendJson(res, 400, { error: 'Send {"secret": "fgk_…"}' });
        return;
      }
      const owner = await apiKeys.resolve(secret);
      sendJson(res, 200, {
        identity: owner ? { kind: 'user', userId: owner.userId, role: 'PARTNER', isGuest: false, apiKeyId: owner.apiKeyId } : null,
      });
    },
  };
}
