import { sendJson, type Route } from '@foodgraph/platform/http';
import type { SigningKeyRing } from '../auth/signing-keys';

/** Where the router (and anyone else) fetches the access-token verification keys. */
export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * `GET /.well-known/jwks.json`: the public keys only, unsigned — the router fetches it before it
 * can verify anything. Cacheable for a few minutes; a router refetches on an unknown `kid`.
 */
export function jwksRoute(keys: SigningKeyRing): Route {
  const body = { keys: keys.published };
  return {
    method: 'GET',
    path: JWKS_PATH,
    handle(_req, res) {
      sendJson(res, 200, body, { 'cache-control': 'public, max-age=300' });
    },
  };
}
