import { sendJson, type Route } from '@foodgraph/platform/http';
import type { SigningKeyRing } from '../auth/signing-keys';

/** Where the router (and anyone else) fetches the access-token verification keys. */
export const JWKS_PATH = '/.well-known/jwks.json';

/**
 * `GET /.well-known/jwks.json`: the public keys only, unsigned — the router fetches it before it
 * can verify anything. Read from the ring on each request, since keys rotate; a router refetches
 * on an unknown `kid`, and the next key is published ahead so a rotation never surprises it.
 */
export function jwksRoute(keys: SigningKeyRing): Route {
  return {
    method: 'GET',
    path: JWKS_PATH,
    handle(_req, res) {
      sendJson(res, 200, { keys: keys.published }, { 'cache-control': 'public, max-age=300' });
    },
  };
}
