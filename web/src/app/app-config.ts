/** Settings of this deployment the router serves at /app-config.json (one bundle for every deployment). */
export interface AppConfig {
  /** Leaflet tile URL template; null draws maps on a plain background. */
  mapTiles: string | null;
  /**
   * Payments go through the sandbox provider, so the sandbox's "Pay" button works. Off when the
   * settings cannot be read: a deployment with real payments must never offer a fake one.
   */
  sandboxPayments: boolean;
}

const DEFAULTS: AppConfig = { mapTiles: null, sandboxPayments: false };
let loading: Promise<AppConfig> | undefined;

export function appConfig(): Promise<AppConfig> {
  loading ??= fetch('/app-config.json')
    .then(async (res) => (res.ok ? { ...DEFAULTS, ...((await res.json()) as Partial<AppConfig>) } : DEFAULTS))
    .catch(() => DEFAULTS);
  return loading;
}
