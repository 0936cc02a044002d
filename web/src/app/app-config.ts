/** Settings of this deployment the router serves at /app-config.json (one bundle for every deployment). */
export interface AppConfig {
  /** Leaflet tile URL template; null draws maps on a plain background. */
  mapTiles: string | null;
}

const DEFAULTS: AppConfig = { mapTiles: null };
let loading: Promise<AppConfig> | undefined;

export function appConfig(): Promise<AppConfig> {
  loading ??= fetch('/app-config.json')
    .then(async (res) => (res.ok ? { ...DEFAULTS, ...((await res.json()) as Partial<AppConfig>) } : DEFAULTS))
    .catch(() => DEFAULTS);
  return loading;
}
