import { signAccessToken, type Role } from '@foodgraph/platform/auth';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { SigningKeyRing } from './signing-keys';

/** What an access token is issued for. */
export interface TokenSubject {
  userId: string;
  role: Role;
  isGuest: boolean;
  sessionId: string;
  /** A kiosk session's token: it carries the kiosk claim and lives `kioskSessionTtlMs`. */
  kiosk?: boolean;
}

export interface TokenIssuerOptions {
  issuer: string;
  audience: string;
  accessTokenTtlMs: number;
  kioskSessionTtlMs: number;
}

/** Signs EdDSA access tokens with the ring's current key. */
export class TokenIssuer {
  constructor(
    private readonly keys: SigningKeyRing,
    private readonly options: TokenIssuerOptions,
  ) {}

  /** How long a kiosk session and its token last: `kioskSessionTtlMs`, never past an access token's life. */
  get kioskSessionTtlMs(): number {
    return Math.min(this.options.kioskSessionTtlMs, this.options.accessTokenTtlMs);
  }

  /** A signed access token and the instant it expires. */
  issue(subject: TokenSubject, now: Date): { accessToken: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const ttlMs = subject.kiosk ? this.kioskSessionTtlMs : this.options.accessTokenTtlMs;
    const exp = iat + Math.max(1, Math.floor(ttlMs / 1000));
    const accessToken = signAccessToken(this.keys.privateKey, this.keys.kid, {
      sub: subject.userId,
      role: subject.role,
      guest: subject.isGuest,
      sid: subject.sessionId,
      ...(subject.kiosk ? { kiosk: true as const } : {}),
      iss: this.options.issuer,
      aud: this.options.audience,
      iat,
      exp,
      jti: uuidv7(now.getTime()),
    });
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }
}
