import type { Identity } from '@foodgraph/platform/auth';
import type { OidcConfig } from '@foodgraph/platform/config';
import type { Logger } from '@foodgraph/platform/logging';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AuthenticationError, NotPermittedError } from './authentication-error';
import type { ExternalAccount, ExternalSubject } from './external-users';
import { JwksUnavailableError } from './jwks-key-store';
import { mappedRole, profileOf } from './oidc-claims';

/** What an identity provider may sign with; `none` and HMAC algorithms never verify. */
const ALGORITHMS = ['RS256', 'ES256', 'EdDSA'];

/** Refetch the provider's keys at least this often, so keys it dropped stop verifying. */
const JWKS_MAX_AGE_MS = 10 * 60_000;

export interface OidcTokenVerifierOptions {
  config: OidcConfig;
  logger: Logger;
  /** The platform account of a verified subject (see `createExternalUserProvisioner`). */
  provision: (who: ExternalSubject) => Promise<ExternalAccount>;
  /** Clock skew allowed on `exp`/`nbf`/`iat`, in seconds. @default 30 */
  leewaySeconds?: number | undefined;
  /** Deadline of one discovery or JWKS fetch, in ms. @default 5000 */
  fetchTimeoutMs?: number;
}

/** Verifies access tokens of the configured provider and turns them into platform identities. */
export interface OidcTokenVerifier {
  /** Whether a (not yet verified) token claims to be the provider's: only then `verify` judges it. */
  claims(token: string): boolean;
  /**
   * The identity of a verified token. Rejects with `AuthenticationError` (401) for a token that
   * does not verify or names a disabled account, `NotPermittedError` (403) when none of its roles
   * maps to a platform role, and `JwksUnavailableError` (503) when the provider cannot be asked.
   */
  verify(token: string): Promise<Identity>;
}

/**
 * Tokens of one external OpenID Connect issuer (Keycloak and the like): keys from its JWKS,
 * found through its discovery document and fetched again when a token names a key id not seen
 * yet (at most once per `jwksCooldownMs`) and every 10 minutes (so a key the provider dropped
 * stops verifying); issuer, audience (or Keycloak's `azp`), expiry and algorithm checked by
 * `jose`; roles mapped by `OIDC_ROLE_MAP`; the account provisioned on first sight.
 */
export function createOidcTokenVerifier(opts: OidcTokenVerifierOptions): OidcTokenVerifier {
  const { config, logger } = opts;
  const timeoutMs = opts.fetchTimeoutMs ?? 5_000;
  let keys: Promise<JWTVerifyGetKey> | undefined;

  /** The JWKS of the discovery document, looked up once (again after a failure). */
  const keySet = (): Promise<JWTVerifyGetKey> => {
    keys ??= discoverJwksUri(config.issuer, timeoutMs).then(
      (jwksUri) =>
        createRemoteJWKSet(new URL(jwksUri), {
          cooldownDuration: config.jwksCooldownMs,
          cacheMaxAge: JWKS_MAX_AGE_MS,
          timeoutDuration: timeoutMs,
        }),
      (err: unknown) => {
        keys = undefined;
        logger.error({ issuer: config.issuer, err }, 'could not read the identity provider’s discovery document');
        throw new JwksUnavailableError('signing keys are unavailable');
      },
    );
    return keys;
  };

  /** jose's key lookup, with "the provider cannot be reached" told apart from "no such key". */
  const getKey: JWTVerifyGetKey = async (header, token) => {
    const remote = await keySet();
    try {
      return await remote(header, token);
    } catch (err) {
      if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) throw err;
      logger.error({ issuer: config.issuer, err }, 'could not fetch the identity provider’s signing keys');
      throw new JwksUnavailableError('signing keys are unavailable');
    }
  };

  return {
    claims(token) {
      try {
        return decodeJwt(token).iss === config.issuer;
      } catch {
        return false;
      }
    },
    async verify(token) {
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, getKey, {
          issuer: config.issuer,
          algorithms: ALGORITHMS,
          clockTolerance: opts.leewaySeconds ?? 30,
          requiredClaims: ['sub', 'exp'],
        }));
      } catch (err) {
        // jose's messages name the failed check ("\"exp\" claim timestamp check failed") and never echo the token.
        if (err instanceof errors.JOSEError) throw new AuthenticationError(`Invalid access token: ${err.message}`);
        throw err;
      }
      if (!audienceMatches(payload, config.audience)) throw new AuthenticationError('Invalid access token: wrong token audience');
      const role = mappedRole(payload, config.rolesClaim, config.roleMap);
      if (!role) throw new NotPermittedError('This account has no role on this platform');
      const account = await opts.provision({ issuer: config.issuer, subject: String(payload['sub']), role, ...profileOf(payload) });
      if (!account.active) throw new AuthenticationError('Invalid access token: unknown user');
      return { kind: 'user', userId: account.userId, role, isGuest: false };
    },
  };
}

/**
 * `aud` names us (a string or one of an array), or — as Keycloak issues access tokens to a
 * client, with `aud` left to other services (`account`) unless an audience mapper adds one —
 * `azp`, the client the token was issued to, is us.
 */
function audienceMatches(payload: Record<string, unknown>, audience: string): boolean {
  const aud = payload['aud'];
  if (aud === audience || (Array.isArray(aud) && aud.includes(audience))) return true;
  return payload['azp'] === audience;
}

/** `jwks_uri` of the issuer's discovery document, which must name the same issuer (OpenID Connect Discovery §4.3). */
async function discoverJwksUri(issuer: string, timeoutMs: number): Promise<string> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  if (doc.issuer !== issuer) throw new Error(`the discovery document names issuer ${JSON.stringify(doc.issuer)}, not ${issuer}`);
  if (typeof doc.jwks_uri !== 'string') throw new Error('the discovery document has no jwks_uri');
  return doc.jwks_uri;
}
