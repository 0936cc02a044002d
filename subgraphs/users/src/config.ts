import { ConfigError, duration, int, optionalStr, str, type Env } from '@foodgraph/platform/config';
import { quota, type Quota } from '@foodgraph/platform/rate-limit';
import { isValidEmail, normalizeEmail } from './domain/email';
import { passwordProblem } from './domain/password-policy';

/** Settings of the users subgraph (see `.env.example`). */
export interface UsersConfig {
  /** HTTP port of the process entry point (`PORT`). @default 4001 */
  port: number;
  /**
   * Interface to listen on (`HOST`). Loopback by default; containers set `0.0.0.0`. Requests
   * to /graphql must carry the router's signature whichever interface serves them.
   * @default "127.0.0.1"
   */
  host: string;
  /** `iss` of access tokens; the router pins it. @default "foodgraph-users" */
  issuer: string;
  /** `aud` of access tokens; the router pins it. @default "foodgraph" */
  audience: string;
  /** Access-token lifetime in milliseconds (`ACCESS_TOKEN_TTL`). @default 15 minutes */
  accessTokenTtlMs: number;
  /** Refresh-token lifetime in milliseconds (`REFRESH_TOKEN_TTL`). @default 30 days */
  refreshTokenTtlMs: number;
  /**
   * How long a kiosk session (`identifyCustomer`) lasts, in milliseconds (`KIOSK_SESSION_TTL`):
   * its access token expires then and it cannot be refreshed. @default 15 minutes
   */
  kioskSessionTtlMs: number;
  /**
   * Ed25519 private key (PKCS#8 PEM) to sign access tokens with (`JWT_PRIVATE_KEY`). Unset →
   * a key is generated once and kept in the users database.
   */
  jwtPrivateKeyPem: string | undefined;
  /**
   * How often the access-token signing key rotates by itself (`SIGNING_KEY_ROTATION_INTERVAL`);
   * `undefined` (unset or `0`) = only when an admin runs `rotateSigningKey`. @default off
   */
  signingKeyRotationIntervalMs: number | undefined;
  /** How often each replica re-reads the signing keys, to sign with another replica's rotation (`SIGNING_KEY_RELOAD`). @default 10 s */
  signingKeyReloadMs: number;
  /** The first admin, created at start when no account has this email. */
  bootstrapAdmin: { email: string; password: string; name: string } | undefined;
  /** Quotas of sign-in, sign-up and guest sessions (see `AuthRateLimitConfig`). */
  rateLimits: AuthRateLimitConfig;
}

/**
 * How often callers may try to get a session, each `<attempts>/<window>` or `off` (undefined).
 * Addresses are the client's as the router signed them (see its `TRUSTED_PROXIES`).
 */
export interface AuthRateLimitConfig {
  /**
   * Sign-in attempts per account (`RATE_LIMIT_LOGIN_PER_ACCOUNT`); a successful sign-in gives
   * its attempt back, so this counts wrong passwords. @default 10/15m
   */
  loginPerAccount: Quota | undefined;
  /** Sign-in attempts per client address (`RATE_LIMIT_LOGIN_PER_ADDRESS`), wrong ones as above. @default 100/15m */
  loginPerAddress: Quota | undefined;
  /** `register` calls per client address (`RATE_LIMIT_REGISTER_PER_ADDRESS`). @default 20/1h */
  registerPerAddress: Quota | undefined;
  /** `startGuestSession` calls per client address (`RATE_LIMIT_GUEST_PER_ADDRESS`). @default 60/1h */
  guestPerAddress: Quota | undefined;
  /**
   * `identifyCustomer` calls per client address (`RATE_LIMIT_IDENTIFY_PER_ADDRESS`), every one
   * counted, found or not: it bounds how fast one kiosk (or anyone) can try documents. @default 10/15m
   */
  identifyPerAddress: Quota | undefined;
}

/** The defaults of `AuthRateLimitConfig`, in the variables' own format. */
export const DEFAULT_AUTH_RATE_LIMITS = {
  RATE_LIMIT_LOGIN_PER_ACCOUNT: '10/15m',
  RATE_LIMIT_LOGIN_PER_ADDRESS: '100/15m',
  RATE_LIMIT_REGISTER_PER_ADDRESS: '20/1h',
  RATE_LIMIT_GUEST_PER_ADDRESS: '60/1h',
  RATE_LIMIT_IDENTIFY_PER_ADDRESS: '10/15m',
} as const;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Reads and validates the users settings; throws `ConfigError` naming the bad variable. */
export function readUsersConfig(env: Env): UsersConfig {
  const accessTokenTtlMs = duration(env, 'ACCESS_TOKEN_TTL', 15 * MINUTE);
  if (accessTokenTtlMs < 1000) throw new ConfigError('ACCESS_TOKEN_TTL', 'must be at least 1s');
  const refreshTokenTtlMs = duration(env, 'REFRESH_TOKEN_TTL', 30 * DAY);
  if (refreshTokenTtlMs <= accessTokenTtlMs) throw new ConfigError('REFRESH_TOKEN_TTL', 'must be longer than ACCESS_TOKEN_TTL');
  // PEM blocks in env files are often written on one line with literal "\n".
  const jwtPrivateKeyPem = optionalStr(env, 'JWT_PRIVATE_KEY')?.replace(/\\n/g, '\n');
  if (jwtPrivateKeyPem !== undefined && !jwtPrivateKeyPem.includes('-----BEGIN PRIVATE KEY-----')) {
    throw new ConfigError('JWT_PRIVATE_KEY', 'must be a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----")');
  }
  return {
    port: int(env, 'PORT', 4001, { min: 0, max: 65535 }),
    host: str(env, 'HOST', '127.0.0.1'),
    issuer: str(env, 'JWT_ISSUER', 'foodgraph-users'),
    audience: str(env, 'JWT_AUDIENCE', 'foodgraph'),
    accessTokenTtlMs,
    refreshTokenTtlMs,
    kioskSessionTtlMs: readKioskSessionTtl(env),
    jwtPrivateKeyPem,
    signingKeyRotationIntervalMs: readRotationInterval(env, accessTokenTtlMs, jwtPrivateKeyPem !== undefined),
    signingKeyReloadMs: Math.max(100, duration(env, 'SIGNING_KEY_RELOAD', 10_000)),
    bootstrapAdmin: readBootstrapAdmin(env),
    rateLimits: readAuthRateLimits(env),
  };
}

function readAuthRateLimits(env: Env): AuthRateLimitConfig {
  const d = DEFAULT_AUTH_RATE_LIMITS;
  return {
    loginPerAccount: quota(env, 'RATE_LIMIT_LOGIN_PER_ACCOUNT', d.RATE_LIMIT_LOGIN_PER_ACCOUNT),
    loginPerAddress: quota(env, 'RATE_LIMIT_LOGIN_PER_ADDRESS', d.RATE_LIMIT_LOGIN_PER_ADDRESS),
    registerPerAddress: quota(env, 'RATE_LIMIT_REGISTER_PER_ADDRESS', d.RATE_LIMIT_REGISTER_PER_ADDRESS),
    guestPerAddress: quota(env, 'RATE_LIMIT_GUEST_PER_ADDRESS', d.RATE_LIMIT_GUEST_PER_ADDRESS),
    identifyPerAddress: quota(env, 'RATE_LIMIT_IDENTIFY_PER_ADDRESS', d.RATE_LIMIT_IDENTIFY_PER_ADDRESS),
  };
}

function readKioskSessionTtl(env: Env): number {
  const ttl = duration(env, 'KIOSK_SESSION_TTL', 15 * MINUTE);
  // The limit: a kiosk session is short; longer would outlive the customer at the counter.
  if (ttl < 1000 || ttl > 15 * MINUTE) throw new ConfigError('KIOSK_SESSION_TTL', 'must be between 1s and 15m');
  return ttl;
}

function readRotationInterval(env: Env, accessTokenTtlMs: number, keyConfigured: boolean): number | undefined {
  const interval = duration(env, 'SIGNING_KEY_ROTATION_INTERVAL', 0);
  if (interval === 0) return undefined;
  if (keyConfigured)
    throw new ConfigError('SIGNING_KEY_ROTATION_INTERVAL', 'cannot rotate a key given by JWT_PRIVATE_KEY; unset one of them');
  // Shorter than a token's life, keys would pile up in the JWKS faster than they expire.
  if (interval < accessTokenTtlMs) throw new ConfigError('SIGNING_KEY_ROTATION_INTERVAL', 'must be at least ACCESS_TOKEN_TTL');
  return interval;
}

function readBootstrapAdmin(env: Env): UsersConfig['bootstrapAdmin'] {
  const rawEmail = optionalStr(env, 'FOODGRAPH_ADMIN_EMAIL');
  const password = env['FOODGRAPH_ADMIN_PASSWORD'];
  if (rawEmail === undefined && !password) return undefined;
  if (rawEmail === undefined) throw new ConfigError('FOODGRAPH_ADMIN_EMAIL', 'is required when FOODGRAPH_ADMIN_PASSWORD is set');
  if (!password) throw new ConfigError('FOODGRAPH_ADMIN_PASSWORD', 'is required when FOODGRAPH_ADMIN_EMAIL is set');
  const email = normalizeEmail(rawEmail);
  if (!isValidEmail(email)) throw new ConfigError('FOODGRAPH_ADMIN_EMAIL', `must be an email address, got "${rawEmail}"`);
  const problem = passwordProblem(password);
  if (problem) throw new ConfigError('FOODGRAPH_ADMIN_PASSWORD', problem.replace(/^Password /, ''));
  return { email, password, name: str(env, 'FOODGRAPH_ADMIN_NAME', 'Administrator') };
}
