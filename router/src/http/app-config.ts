import type { ServerResponse } from 'node:http';
import type { WebAppOptions } from './web-app';
import { DEFAULT_MAP_TILES } from './web-app-policy';

/** Where the web app reads the settings of its deployment. */
export const APP_CONFIG_PATH = '/app-config.json';

/** What `GET /app-config.json` answers: the web app's runtime settings. */
export interface AppConfig {
  /** Tile URL template of the map; null = a plain background. */
  mapTiles: string | null;
  /** Payments go through the sandbox provider, so the app may offer its "Pay" button. */
  sandboxPayments: boolean;
  /** The external identity provider the app may sign people in with (authorization code + PKCE); null = none. */
  identityProvider: AppIdentityProvider | null;
}

/** What the web app needs to sign in with an OpenID Connect provider (`OIDC_ISSUER`, `OIDC_CLIENT_ID`, `OIDC_DISPLAY_NAME`). */
export interface AppIdentityProvider {
  /** The issuer; the app reads its endpoints from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** The public client the app signs in as. */
  clientId: string;
  /** For "Sign in with <displayName>". */
  displayName: string;
}

/**
 * Answers `GET`/`HEAD /app-config.json`, so that one built bundle works in every deployment:
 * what differs between them is read at run time, not baked in at build time. Served with or
 * without a web app here, for an app hosted elsewhere (or Vite's dev server) too.
 */
export function appConfigResponder({
  mapTiles,
  sandboxPayments,
  identityProvider,
}: Pick<WebAppOptions, 'mapTiles' | 'sandboxPayments'> & { identityProvider?: AppIdentityProvider | null | undefined }): (
  res: ServerResponse,
  head: boolean,
) => void {
  const config: AppConfig = {
    mapTiles: mapTiles === undefined ? DEFAULT_MAP_TILES : mapTiles,
    sandboxPayments: sandboxPayments ?? true,
    identityProvider: identityProvider ?? null,
  };
  const body = Buffer.from(JSON.stringify(config), 'utf8');
  return (res, head) => {
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': body.length,
      // Settings change with a restart, not a build: never reuse a copy without asking.
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(head ? undefined : body);
  };
}
