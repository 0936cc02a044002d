/** Settings of this deployment the router serves at /app-config.json (one bundle for every deployment). */
export interface AppConfig {
  /** Leaflet tile URL template; null draws maps on a plain background. */
  mapTiles: string | null;
  /**
   * Payments go through the sandbox provider, so the sandbox's "Pay" button works. Off when the
   * settings cannot be read: a deployment with real payments must never offer a fake one.
   */
  sandboxPayments: boolean;
  /**
   * The deployment's own identity provider (OpenID Connect), offered as "Sign in with
   * <displayName>" beside foodgraph's accounts; null when there is none.
   */
  identityProvider: IdentityProvider | null;
}

export interface IdentityProvider {
  /** The issuer; its endpoints come from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** The public client (no secret) the app signs in as. */
  clientId: string;
  /** The provider's name for the button, e.g. "Acme SSO". */
  displayName: string;
}

const DEFAULTS: AppConfig = { mapTiles: null, sandboxPayments: false, identityProvider: null };
let loading: Promise<AppConfig> | undefined;

export function appConfig(): Promise<AppConfig> {
  loading ??= fetch('/app-config.json')
    .then(async (res) => (res.ok ? { ...DEFAULTS, ...((await res.json()) as Partial<AppConfig>) } : DEFAULTS))
    .catch(() => DEFAULTS);
  return loading;
}
