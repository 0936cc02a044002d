import { BadUserInputError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { verifyAgainstDummy, verifyPassword } from '../auth/password-hasher';
import { randomToken, sha256Hex } from '../auth/opaque-token';
import type { TokenIssuer } from '../auth/token-issuer';
import { parseCpf } from '../domain/cpf';
import { isValidEmail, normalizeEmail } from '../domain/email';
import { decideRefresh } from '../domain/refresh-rotation';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';
import { assertAccountEnabled, assertCredentialsMatched, assertIdentifiableCustomer, assertRefreshAccepted } from './access';
import type { AuthResult } from './auth-result';
import type { AuthRateLimits } from './auth-rate-limits';

interface PresentedToken {
  token_id: string;
  session_id: string;
  user_id: string;
  used_at: Date | string | null;
  expires_at: Date | string;
  revoked_at: Date | string | null;
  kiosk: boolean;
}

const asDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

/**
 * Sessions are refresh-token families. Each refresh hands out a new pair and marks the
 * presented token used; presenting a used token again revokes the whole family.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuer: TokenIssuer,
    private readonly refreshTokenTtlMs: number,
    private readonly clock: Clock,
    private readonly limits: AuthRateLimits,
  ) {}

  /** Starts a session for `user` inside the caller's transaction. */
  async open(manager: EntityManager, user: UserEntity): Promise<AuthResult> {
    return this.start(manager, user, false);
  }

  /**
   * `identifyCustomer`: a kiosk session for the customer whose CPF `document` is. RATE_LIMITED
   * over the identifications allowed per `clientAddress` (counted before anything is looked up,
   * known document or not), BAD_USER_INPUT on `document` for something that is not a CPF,
   * NOT_FOUND for a CPF no customer registered. Its access token carries the kiosk claim, and
   * its refresh token ends with it and is never accepted (see `refresh`).
   */
  async identifyCustomer(document: string, clientAddress?: string): Promise<AuthResult> {
    await this.limits.beforeIdentify(clientAddress);
    const parsed = parseCpf(document);
    if (!parsed.ok) throw new BadUserInputError('document', parsed.problem);
    const account = assertIdentifiableCustomer(await this.dataSource.getRepository(UserEntity).findOneBy({ document: parsed.cpf }));
    return this.dataSource.transaction((manager) => this.start(manager, account, true));
  }

  private async start(manager: EntityManager, user: UserEntity, kiosk: boolean): Promise<AuthResult> {
    const now = this.clock();
    const session = manager.create(SessionEntity, {
      id: uuidv7(now.getTime()),
      userId: user.id,
      createdAt: now,
      revokedAt: null,
      revokeReason: null,
      kiosk,
    });
    await manager.insert(SessionEntity, session);
    return this.issuePair(manager, user, session.id, now, kiosk);
  }

  /** Signs in; over a sign-in limit (per account or per `clientAddress`) answers RATE_LIMITED first. */
  async login(email: string, password: string, clientAddress?: string): Promise<AuthResult> {
    const normalized = normalizeEmail(email);
    await this.limits.beforeSignIn(normalized, clientAddress);
    const user = isValidEmail(normalized) ? await this.dataSource.getRepository(UserEntity).findOneBy({ email: normalized }) : null;
    // An unknown email still costs a hash check, so the answer's timing does not tell it apart.
    const matched = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
    const account = assertAccountEnabled(assertCredentialsMatched(user, matched));
    await this.limits.signedIn(normalized, clientAddress);
    return this.dataSource.transaction((manager) => this.open(manager, account));
  }

  async refresh(refreshToken: string): Promise<AuthResult> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<AuthResult | 'rejected'> => {
      const now = this.clock();
      const presented = await this.lockPresented(manager, refreshToken);
      const decision = decideRefresh(
        presented && {
          usedAt: presented.used_at === null ? null : asDate(presented.used_at),
          expiresAt: asDate(presented.expires_at),
          sessionRevokedAt: presented.revoked_at === null ? null : asDate(presented.revoked_at),
        },
        now,
      );
      if (decision.kind === 'reject') return 'rejected';
      // A kiosk session ends with its first token: the customer at the counter identifies again.
      if (presented!.kiosk) return 'rejected';
      if (decision.kind === 'revoke-family') {
        // Committed before the error is thrown: the revocation must outlive this request.
        await this.revokeSession(manager, presented!.session_id, 'reuse', now);
        return 'rejected';
      }
      const user = await manager.findOneByOrFail(UserEntity, { id: presented!.user_id });
      // Disabling revokes the sessions; this covers a refresh that locked its session first.
      if (user.disabledAt) return 'rejected';
      await manager.update(RefreshTokenEntity, { id: presented!.token_id }, { usedAt: now });
      return this.issuePair(manager, user, presented!.session_id, now);
    });
    return assertRefreshAccepted(outcome);
  }

  /** Ends the session the token belongs to; `false` when the token is not one of ours. */
  async logout(refreshToken: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const presented = await this.lockPresented(manager, refreshToken);
      if (!presented) return false;
      if (presented.revoked_at === null) await this.revokeSession(manager, presented.session_id, 'logout', this.clock());
      return true;
    });
  }

  /**
   * The presented token with its session, both rows locked: concurrent refreshes of one
   * family queue up here, so exactly one of two racing uses of a token rotates it and the
   * other is seen as reuse.
   */
  private async lockPresented(manager: EntityManager, refreshToken: string): Promise<PresentedToken | undefined> {
    const rows = await manager.query<PresentedToken[]>(
      `SELECT t.id AS token_id, t.session_id, s.user_id, t.used_at, t.expires_at, s.revoked_at, s.kiosk
         FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t, s`,
      [sha256Hex(refreshToken)],
    );
    return rows[0];
  }

  /** Ends every open session of `userId` (its account was disabled), inside the caller's transaction. */
  async revokeAllOf(manager: EntityManager, userId: string, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: now, revokeReason: 'disabled' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  private async revokeSession(manager: EntityManager, sessionId: string, reason: 'logout' | 'reuse', now: Date): Promise<void> {
    await manager.update(SessionEntity, { id: sessionId }, { revokedAt: now, revokeReason: reason });
  }

  private async issuePair(manager: EntityManager, user: UserEntity, sessionId: string, now: Date, kiosk = false): Promise<AuthResult> {
    const refreshToken = randomToken();
    // The contract's AuthPayload always has a refresh token. A kiosk session's expires with the
    // session (and refresh refuses it anyway), so it can end the session (logout), never extend it.
    const refreshTtlMs = kiosk ? this.issuer.kioskSessionTtlMs : this.refreshTokenTtlMs;
    await manager.insert(RefreshTokenEntity, {
      id: uuidv7(now.getTime()),
      sessionId,
      tokenHash: sha256Hex(refreshToken),
      createdAt: now,
      expiresAt: new Date(now.getTime() + refreshTtlMs),
      usedAt: null,
    });
    const subject = { userId: user.id, role: user.role, isGuest: user.isGuest, sessionId, kiosk };
    const { accessToken, expiresAt } = this.issuer.issue(subject, now);
    return { accessToken, refreshToken, expiresAt, user };
  }
}
