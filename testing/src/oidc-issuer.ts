import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { disposable } from './leftovers';

/** Algorithms the double signs with, as an identity provider (Keycloak and the like) would. */
export type OidcAlgorithm = 'RS256' | 'ES256' | 'EdDSA';

/** Keycloak-shaped claims of one person; anything left out gets a plausible default. */
export interface OidcTokenClaims {
  sub?: string;
  preferred_username?: string;
  email?: string;
  name?: string;
  /** Keycloak's realm roles (`realm_access.roles`). @default ['customer'] */
  roles?: string[];
  /** @default the audience given to `startOidcIssuer` */
  aud?: string | string[];
  /** @default the audience given to `startOidcIssuer` */
  azp?: string;
  /** Seconds the token lives. @default 300 */
  ttlSeconds?: number;
  /** Any other claim, e.g. `iss` to mint a token that lies about its issuer. */
  extra?: Record<string, unknown>;
}

export interface OidcIssuer {
  /** The issuer (`iss`), whose discovery document is at `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly audience: string;
  /** Key ids the JWKS publishes now, the signing key first. */
  readonly kids: readonly string[];
  /** How many times the JWKS was fetched. */
  readonly jwksFetches: number;
  /** A signed access token; `kid` picks a key the issuer still holds (also one no longer published). */
  mint(claims?: OidcTokenClaims, options?: { kid?: string }): string;
  /** A new signing key (new kid); with `dropOld` (default) the previous keys leave the JWKS. Returns the new kid. */
  rotateKey(options?: { dropOld?: boolean }): string;
  stop(): Promise<void>;
}

interface IssuerKey {
  kid: string;
  alg: OidcAlgorithm;
  privateKey: KeyObject;
  jwk: Record<string, unknown>;
  published: boolean;
}

function newKey(alg: OidcAlgorithm): IssuerKey {
  const pair =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : alg === 'ES256'
        ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
        : generateKeyPairSync('ed25519');
  const kid = randomUUID();
  const jwk = { ...pair.publicKey.export({ format: 'jwk' }), kid, alg, use: 'sig' };
  return { kid, alg, privateKey: pair.privateKey, jwk, published: true };
}

/** JWS signature bytes: RSA PKCS#1 v1.5, ECDSA as r||s (not DER), Ed25519. */
function signJws(key: IssuerKey, input: string): Buffer {
  if (key.alg === 'EdDSA') return sign(null, Buffer.from(input), key.privateKey);
  return sign('sha256', Buffer.from(input), key.alg === 'ES256' ? { key: key.privateKey, dsaEncoding: 'ieee-p1363' } : key.privateKey);
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * A local OpenID Connect issuer for tests (node:http on port 0): its discovery document, a JWKS,
 * and access tokens shaped like Keycloak's (`iss`, `aud`/`azp`, `sub`, `preferred_username`,
 * `email`, `name`, `realm_access.roles`). It rotates keys as a provider does — a new kid, the old
 * key gone from the JWKS — while still able to sign with the old one, so a test can show that
 * tokens of a removed key are refused. Stopped after the test file if `stop()` is forgotten.
 */
export async function startOidcIssuer(options: { audience?: string; algorithm?: OidcAlgorithm; realm?: string } = {}): Promise<OidcIssuer> {
  const audience = options.audience ?? 'foodgraph-web';
  const algorithm = options.algorithm ?? 'RS256';
  const keys: IssuerKey[] = [newKey(algorithm)];
  let jwksFetches = 0;
  let issuer = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (path.endsWith('/.well-known/openid-configuration')) {
      return send({
        issuer,
        jwks_uri: `${issuer}/protocol/openid-connect/certs`,
        authorization_endpoint: `${issuer}/protocol/openid-connect/auth`,
        token_endpoint: `${issuer}/protocol/openid-connect/token`,
        id_token_signing_alg_values_supported: [algorithm],
      });
    }
    if (path.endsWith('/protocol/openid-connect/certs')) {
      jwksFetches++;
      return send({ keys: keys.filter((k) => k.published).map((k) => k.jwk) });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/realms/${options.realm ?? 'foodgraph'}`;
  const stop = disposable(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {
    issuer,
    audience,
    get kids() {
      return keys.filter((k) => k.published).map((k) => k.kid);
    },
    get jwksFetches() {
      return jwksFetches;
    },
    mint(claims = {}, mintOptions = {}) {
      const key = mintOptions.kid ? keys.find((k) => k.kid === mintOptions.kid) : keys[0];
      if (!key) throw new Error(`the issuer has no key ${mintOptions.kid}`);
      const now = Math.floor(Date.now() / 1000);
      const sub = claims.sub ?? randomUUID();
      const body = {
        iss: issuer,
        aud: claims.aud ?? audience,
        azp: claims.azp ?? audience,
        sub,
        typ: 'Bearer',
        iat: now,
        exp: now + (claims.ttlSeconds ?? 300),
        jti: randomUUID(),
        preferred_username: claims.preferred_username ?? `user-${sub.slice(0, 8)}`,
        ...(claims.email !== undefined ? { email: claims.email, email_verified: true } : {}),
        ...(claims.name !== undefined ? { name: claims.name } : {}),
        realm_access: { roles: claims.roles ?? ['customer'] },
        ...claims.extra,
      };
      const input = `${b64({ alg: key.alg, typ: 'JWT', kid: key.kid })}.${b64(body)}`;
      return `${input}.${signJws(key, input).toString('base64url')}`;
    },
    rotateKey({ dropOld = true } = {}) {
      const key = newKey(algorithm);
      if (dropOld) for (const k of keys) k.published = false;
      keys.unshift(key);
      return key.kid;
    },
    stop,
  };
}
