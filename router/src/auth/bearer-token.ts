import { TokenError, verifyAccessToken, type Identity, type KeyLookup } from '@foodgraph/platform/auth';
import { AuthenticationError } from './authentication-error';

export interface BearerTokenOptions {
  /** Verification keys by `kid`; without it every token is refused. */
  keys: KeyLookup | undefined;
  /** Expected `iss` claim. */
  issuer: string;
  /** Expected `aud` claim. */
  audience: string;
  /** Clock skew allowed on `exp`/`iat`, in seconds. @default verifyAccessToken's (30) */
  leewaySeconds?: number | undefined;
  /**
   * Whether the token's subject is an account of the platform (see `createKnownUserCheck`);
   * one that is not is refused. @default no check (a supergraph without a users subgraph)
   */
  knownUser?: ((userId: string) => Promise<boolean>) | undefined;
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)[ ]*$/i;

/**
 * Verifies `Authorization: Bearer <access token>` (EdDSA pinned, issuer, audience, expiry, and
 * a subject the platform knows) and turns its claims into the identity forwarded to subgraphs.
 */
export function createBearerTokenVerifier(opts: BearerTokenOptions): (header: string) => Promise<Identity> {
  const noKeys = () => undefined;
  return async (header) => {
    const match = BEARER.exec(header);
    if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <access token>"');
    try {
      const claims = await verifyAccessToken(match[1], opts.keys ?? noKeys, {
        issuer: opts.issuer,
        audience: opts.audience,
        ...(opts.leewaySeconds !== undefined ? { leewaySeconds: opts.leewaySeconds } : {}),
      });
      if (opts.knownUser && !(await opts.knownUser(claims.sub))) throw new AuthenticationError('Invalid access token: unknown user');
      // A kiosk session's token (identifyCustomer) becomes a kiosk identity, which every
      // subgraph guard refuses unless it lets kiosk sessions in on purpose.
      if (claims.kiosk === true) return { kind: 'kiosk', userId: claims.sub, kioskSessionId: claims.sid };
      return { kind: 'user', userId: claims.sub, role: claims.role, isGuest: claims.guest === true };
    } catch (err) {
      // TokenError messages name the failed check ("token expired") and never echo the token.
      if (err instanceof TokenError) throw new AuthenticationError(`Invalid access token: ${err.message}`);
      throw err;
    }
  };
}
