import { createPublicKey, generateKeyPairSync, sign, verify, type JsonWebKey, type KeyObject } from 'node:crypto';
import { isRole, type Role } from './identity';

/**
 * Access tokens are EdDSA (Ed25519) JWTs. The algorithm is pinned: a token whose header
 * names anything else — `none`, `HS256` with the public key as secret, … — is refused
 * before any key is looked at.
 */
export const ACCESS_TOKEN_ALG = 'EdDSA';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  guest: boolean;
  /** Session (refresh-token family) the token was issued for. */
  sid: string;
  /**
   * Set on tokens of a kiosk session (`identifyCustomer`): `sid` is then the kiosk session, and
   * the router forwards a `kiosk` identity instead of a `user` one. Absent on every other token.
   */
  kiosk?: true;
  iss: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
}

export interface PublicJwk extends JsonWebKey {
  kid: string;
  alg: typeof ACCESS_TOKEN_ALG;
  use: 'sig';
}

export class TokenError extends Error {
  override name = 'TokenError';
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

export function generateSigningKey(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('ed25519');
}

export function publicJwk(publicKey: KeyObject, kid: string): PublicJwk {
  return { ...publicKey.export({ format: 'jwk' }), kid, alg: ACCESS_TOKEN_ALG, use: 'sig' };
}

export function signAccessToken(privateKey: KeyObject, kid: string, claims: AccessTokenClaims): string {
  const head = b64({ alg: ACCESS_TOKEN_ALG, typ: 'JWT', kid });
  const body = b64(claims);
  const sig = sign(null, Buffer.from(`${head}.${body}`), privateKey).toString('base64url');
  return `${head}.${body}.${sig}`;
}

export interface VerifyOptions {
  issuer: string;
  audience: string;
  /** Seconds since epoch. */
  now?: number;
  /** Allowed clock skew in seconds. @default 30 */
  leewaySeconds?: number;
}

/** Looks a verification key up by `kid`; may refresh a JWKS cache on a miss. */
export type KeyLookup = (kid: string) => Promise<KeyObject | undefined> | KeyObject | undefined;

function decodePart(part: string): Record<string, unknown> {
  const v: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new TokenError('malformed token');
  return v as Record<string, unknown>;
}

export async function verifyAccessToken(token: string, keys: KeyLookup, opts: VerifyOptions): Promise<AccessTokenClaims> {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) throw new TokenError('malformed token');
  const [head, body, sig] = parts as [string, string, string];
  let header: Record<string, unknown>;
  let claims: Record<string, unknown>;
  try {
    header = decodePart(head);
    claims = decodePart(body);
  } catch {
    throw new TokenError('malformed token');
  }
  if (header['alg'] !== ACCESS_TOKEN_ALG) throw new TokenError('token algorithm not accepted');
  if (typeof header['kid'] !== 'string') throw new TokenError('token has no key id');
  const key = await keys(header['kid']);
  if (!key || key.asymmetricKeyType !== 'ed25519') throw new TokenError('unknown signing key');
  if (!verify(null, Buffer.from(`${head}.${body}`), key, Buffer.from(sig, 'base64url'))) throw new TokenError('bad token signature');
  const now = opts.now ?? Math.floor(Date.now() / 1000);
  const leeway = opts.leewaySeconds ?? 30;
  if (claims['iss'] !== opts.issuer) throw new TokenError('wrong token issuer');
  if (claims['aud'] !== opts.audience) throw new TokenError('wrong token audience');
  if (typeof claims['exp'] !== 'number' || claims['exp'] + leeway < now) throw new TokenError('token expired');
  if (typeof claims['iat'] === 'number' && claims['iat'] - leeway > now) throw new TokenError('token issued in the future');
  if (typeof claims['sub'] !== 'string' || !isRole(claims['role']) || typeof claims['sid'] !== 'string') {
    throw new TokenError('malformed token claims');
  }
  if (claims['kiosk'] !== undefined && claims['kiosk'] !== true) throw new TokenError('malformed token claims');
  return claims as unknown as AccessTokenClaims;
}

/** Builds verification keys from a JWKS document, keeping only Ed25519 signing keys. */
export function keysFromJwks(jwks: { keys?: unknown }): Map<string, KeyObject> {
  const out = new Map<string, KeyObject>();
  for (const k of Array.isArray(jwks.keys) ? jwks.keys : []) {
    const jwk = k as PublicJwk;
    if (typeof jwk.kid !== 'string' || jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') continue;
    try {
      out.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
    } catch {
      // A malformed key in the set is skipped; tokens signed with it fail as "unknown key".
    }
  }
  return out;
}
