import type { Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { ApiKeyService } from '../services/api-key.service';
import { routerOnlyRoute } from './router-only-route';

/** Where the router turns a partner's API key into an identity. */
export const RESOLVE_API_KEY_PATH = '/internal/api-keys/resolve';

/**
 * `POST /internal/api-keys/resolve` with `{"secret": "fgk_…"}`, for the router only. Answers
 * `{"identity": {kind: "user", userId, role: "PARTNER", isGuest: false, apiKeyId}}` for a live
 * key of a partner and `{"identity": null}` otherwise. Only the router may ask, so the lookup is
 * no key-guessing oracle for anyone else.
 */
export function resolveApiKeyRoute(routerSecret: string, apiKeys: ApiKeyService, logger: Logger): Route {
  return routerOnlyRoute({
    path: RESOLVE_API_KEY_PATH,
    routerSecret,
    logger,
    what: 'an API key lookup',
    field: 'secret',
    answer: async (secret) => {
      const owner = await apiKeys.resolve(secret);
      return {
        identity: owner ? { kind: 'user', userId: owner.userId, role: 'PARTNER', isGuest: false, apiKeyId: owner.apiKeyId } : null,
      };
    },
  });
}
