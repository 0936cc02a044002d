/**
 * Config is parsed once, at start-up, from an env-like record, and fails fast with a message
 * that names the variable. Only process entry points (`index.ts`) pass `process.env` in.
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

function raw(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

/** A string variable; without a default it is required. */
export function str(env: Env, name: string, fallback?: string): string {
  const v = raw(env, name) ?? fallback;
  if (v === undefined) throw new ConfigError(name, 'is required');
  return v;
}

export function optionalStr(env: Env, name: string): string | undefined {
  return raw(env, name);
}

export function int(env: Env, name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  const v = raw(env, name);
  if (v === undefined) return fallback;
  if (!/^-?\d+$/.test(v)) throw new ConfigError(name, `must be an integer, got "${v}"`);
  const n = Number(v);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

export function bool(env: Env, name: string, fallback: boolean): boolean {
  const v = raw(env, name);
  if (v === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(v)) return true;
  if (/^(0|false|no|off)$/i.test(v)) return false;
  throw new ConfigError(name, `must be true or false, got "${v}"`);
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const v = raw(env, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${v}"`);
  return v as T;
}

export function optionalUrl(env: Env, name: string): string | undefined {
  const v = raw(env, name);
  if (v === undefined) return undefined;
  try {
    new URL(v);
  } catch {
    throw new ConfigError(name, `must be a URL, got "${v}"`);
  }
  return v;
}

/** Durations as `500ms`, `30s`, `10m`, `1h`, `7d` or plain milliseconds. */
export function duration(env: Env, name: string, fallbackMs: number): number {
  const v = raw(env, name);
  if (v === undefined) return fallbackMs;
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(v);
  if (!m) throw new ConfigError(name, `must be a duration like 30s or 10m, got "${v}"`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[(m[2] ?? 'ms') as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

/**
 * Payment providers the orders subgraph can take payments through: the sandbox (no money
 * moves) and Mercado Pago's dynamic QR codes.
 */
export const PAYMENT_PROVIDERS = ['sandbox', 'mercadopago'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDERS)[number];

/**
 * `PAYMENT_PROVIDER`. One reader for every process that needs it: the orders subgraph pays
 * through it, the router tells the web app whether the sandbox's "Pay" button applies. Both
 * read the same variable, so they cannot disagree about the deployment.
 * @default "sandbox"
 */
export function paymentProvider(env: Env): PaymentProviderName {
  return oneOf(env, 'PAYMENT_PROVIDER', PAYMENT_PROVIDERS, 'sandbox');
}

/** The settings every process shares (see `.env.example`). */
export interface CommonConfig {
  /** Prefix for database names, NATS streams/subjects and Redis keys. @default "foodgraph" */
  namespace: string;
  /** PostgreSQL server URL; databases are `<namespace>_<subgraph>`. Unset → embedded PGlite. */
  databaseUrl: string | undefined;
  natsUrl: string | undefined;
  redisUrl: string | undefined;
  /** Force the embedded defaults even when servers are configured. @default false */
  embedded: boolean;
  /** Where embedded mode keeps its files. @default ".data" */
  dataDir: string;
  /** Shared secret the router signs subgraph requests with. */
  routerSecret: string;
  logLevel: string;
  production: boolean;
}

export function readCommonConfig(env: Env): CommonConfig {
  const namespace = str(env, 'FOODGRAPH_NAMESPACE', 'foodgraph');
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(namespace)) {
    throw new ConfigError('FOODGRAPH_NAMESPACE', 'must be lowercase letters, digits and _ (max 31), starting with a letter');
  }
  const production = env['NODE_ENV'] === 'production';
  const routerSecret = raw(env, 'ROUTER_SIGNING_SECRET');
  if (!routerSecret)
    throw new ConfigError(
      'ROUTER_SIGNING_SECRET',
      'is required (any random string of 32+ characters, the same for the router and every subgraph)',
    );
  if (routerSecret.length < 32) throw new ConfigError('ROUTER_SIGNING_SECRET', 'must be at least 32 characters');
  return {
    namespace,
    databaseUrl: optionalUrl(env, 'DATABASE_URL'),
    natsUrl: optionalUrl(env, 'NATS_URL'),
    redisUrl: optionalUrl(env, 'REDIS_URL'),
    embedded: bool(env, 'FOODGRAPH_EMBEDDED', false),
    dataDir: str(env, 'FOODGRAPH_DATA_DIR', '.data'),
    routerSecret,
    logLevel: oneOf(env, 'LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], 'info'),
    production,
  };
}

/** Platform roles an identity provider's role may map to (STAFF comes from `addRestaurantStaff` only). */
const OIDC_MAPPABLE_ROLES = ['CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN'] as const;
export type OidcMappedRole = (typeof OIDC_MAPPABLE_ROLES)[number];

/** An external OpenID Connect issuer whose access tokens the router accepts beside foodgraph's own. */
export interface OidcConfig {
  /** `OIDC_ISSUER`: the issuer exactly as its tokens' `iss`; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** `OIDC_AUDIENCE`: a token must name it in `aud` (or, as Keycloak issues them, in `azp`). */
  audience: string;
  /** `OIDC_ROLES_CLAIM` split at dots: where the token lists its roles. @default ['realm_access', 'roles'] */
  rolesClaim: readonly string[];
  /** `OIDC_ROLE_MAP` (`customer:CUSTOMER,manager:ADMIN`): the provider's role names → platform roles. @default customer → CUSTOMER */
  roleMap: ReadonlyMap<string, OidcMappedRole>;
  /** `OIDC_CLIENT_ID`: the public client the web app signs in with (authorization code + PKCE); unset = no sign-in button. */
  clientId: string | undefined;
  /** `OIDC_DISPLAY_NAME`: "Sign in with <name>". @default the issuer's host */
  displayName: string;
  /** `OIDC_JWKS_COOLDOWN`: least time between JWKS fetches caused by unknown key ids. @default 30s */
  jwksCooldownMs: number;
}

/**
 * `OIDC_*`: the one reader of the identity-provider settings (the router verifies with them and
 * tells the web app about the provider). `undefined` when `OIDC_ISSUER` is unset.
 */
export function oidcConfig(env: Env): OidcConfig | undefined {
  const issuer = optionalUrl(env, 'OIDC_ISSUER');
  if (issuer === undefined) return undefined;
  const url = new URL(issuer);
  // A token's signature is only as good as the channel its keys came over.
  if (env['NODE_ENV'] === 'production' && url.protocol !== 'https:')
    throw new ConfigError('OIDC_ISSUER', 'must be an https URL in production');
  const audience = raw(env, 'OIDC_AUDIENCE');
  if (audience === undefined) throw new ConfigError('OIDC_AUDIENCE', 'is required when OIDC_ISSUER is set');
  const rolesClaim = str(env, 'OIDC_ROLES_CLAIM', 'realm_access.roles').split('.');
  if (rolesClaim.some((part) => part === '')) throw new ConfigError('OIDC_ROLES_CLAIM', 'must be a dot path such as realm_access.roles');
  return {
    issuer,
    audience,
    rolesClaim,
    roleMap: oidcRoleMap(str(env, 'OIDC_ROLE_MAP', 'customer:CUSTOMER')),
    clientId: raw(env, 'OIDC_CLIENT_ID'),
    displayName: raw(env, 'OIDC_DISPLAY_NAME') ?? url.host,
    jwksCooldownMs: duration(env, 'OIDC_JWKS_COOLDOWN', 30_000),
  };
}

function oidcRoleMap(value: string): Map<string, OidcMappedRole> {
  const map = new Map<string, OidcMappedRole>();
  for (const entry of value.split(',')) {
    const at = entry.lastIndexOf(':');
    const from = entry.slice(0, at).trim();
    const to = entry.slice(at + 1).trim();
    if (at <= 0 || from === '' || !(OIDC_MAPPABLE_ROLES as readonly string[]).includes(to)) {
      throw new ConfigError(
        'OIDC_ROLE_MAP',
        `must be <provider role>:<${OIDC_MAPPABLE_ROLES.join('|')}> pairs separated by commas, got "${entry}"`,
      );
    }
    map.set(from, to as OidcMappedRole);
  }
  return map;
}
