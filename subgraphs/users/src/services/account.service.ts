import type { Identity, Role } from '@foodgraph/platform/auth';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { BadUserInputError, ConflictError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid, uuidv7 } from '@foodgraph/platform/ids';
import type { ChangeOrigin, OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { STAFF_ROLES } from '../domain/access-rules';
import { DEFAULT_GUEST_NAME, nameProblem, normalizeName } from '../domain/profile';
import { UserEntity } from '../entities/user.entity';
import { publishUserRegistered } from '../events/user-registered.publisher';
import { assertCanCreateStaffAccounts, assertCanSetUserDisabled } from './access';
import { validateAccountInput, type AccountInput, type StaffAccountInput, type ValidAccount } from './account-input';
import type { AuthResult } from './auth-result';
import type { AuthRateLimits } from './auth-rate-limits';
import type { SessionService } from './session.service';

const EMAIL_TAKEN = 'An account with this email already exists';
const DOCUMENT_TAKEN = 'An account with this document already exists';

/** Creating accounts: self-registration, guests, accounts made by admins and kitchen staff made by owners. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly limits: AuthRateLimits,
  ) {}

  /** A new customer account, signed in; RATE_LIMITED over the sign-ups allowed per `clientAddress`. */
  async register(input: AccountInput, origin: ChangeOrigin, clientAddress?: string): Promise<AuthResult> {
    await this.limits.beforeRegister(clientAddress);
    const account = validateAccountInput(input);
    return this.createWithPassword(account, 'CUSTOMER', origin, (manager, user) => this.sessions.open(manager, user));
  }

  /** An account in any role but STAFF, made by an admin; not signed in. */
  async createStaff(identity: Identity, input: StaffAccountInput, origin: ChangeOrigin): Promise<UserEntity> {
    assertCanCreateStaffAccounts(identity);
    if (!STAFF_ROLES.includes(input.role))
      throw new BadUserInputError('input.role', "Kitchen staff are added by their restaurant's owner (addRestaurantStaff)");
    const account = validateAccountInput(input);
    return this.createWithPassword(account, input.role, origin, async (_manager, user) => user);
  }

  /**
   * Disables or enables an account (admins). Disabling ends every open session in the same
   * transaction, so no refresh token works afterwards; the router stops the user's access
   * tokens and live subscriptions once its known-user check sees the account as disabled.
   * Idempotent: asking for the state the account is already in changes nothing (a retried
   * disable keeps the first `disabledAt`).
   */
  async setDisabled(identity: Identity, userId: string, disabled: boolean): Promise<UserEntity> {
    assertCanSetUserDisabled(identity, userId);
    return this.dataSource.transaction(async (manager) => {
      const user = isUuid(userId)
        ? await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!user) throw new NotFoundError('User', userId);
      if (disabled === (user.disabledAt !== null)) return user;
      const now = this.clock();
      user.disabledAt = disabled ? now : null;
      await manager.update(UserEntity, { id: user.id }, { disabledAt: user.disabledAt });
      if (disabled) await this.sessions.revokeAllOf(manager, user.id, now);
      return user;
    });
  }

  /**
   * A STAFF account, created in one transaction with what `then` records (its membership of a
   * restaurant); CONFLICT when the email is taken. The caller has authorized and validated.
   */
  createKitchenStaff<T>(
    account: ValidAccount,
    origin: ChangeOrigin,
    then: (manager: EntityManager, user: UserEntity) => Promise<T>,
  ): Promise<T> {
    return this.createWithPassword(account, 'STAFF', origin, then);
  }

  /**
   * An anonymous customer with a session; a guest has no email and cannot log in again.
   * RATE_LIMITED over the guest sessions allowed per `clientAddress`.
   */
  async startGuest(name: string | null | undefined, origin: ChangeOrigin, clientAddress?: string): Promise<AuthResult> {
    await this.limits.beforeGuestSession(clientAddress);
    const normalized = normalizeName(name ?? '') || DEFAULT_GUEST_NAME;
    const problem = nameProblem(normalized);
    if (problem) throw new BadUserInputError('name', problem);
    const result = await this.dataSource.transaction(async (manager) => {
      const user = await this.insertUser(
        manager,
        { email: null, name: normalized, phone: null, document: null, role: 'CUSTOMER', isGuest: true, passwordHash: null },
        origin,
      );
      return this.sessions.open(manager, user);
    });
    this.outbox.nudge();
    return result;
  }

  private async createWithPassword<T>(
    account: ValidAccount,
    role: Role,
    origin: ChangeOrigin,
    then: (manager: EntityManager, user: UserEntity) => Promise<T>,
  ): Promise<T> {
    // Checked first so a taken email answers without the cost of hashing; the unique index
    // below still decides when two registrations race for the same address.
    const users = this.dataSource.getRepository(UserEntity);
    if (await users.existsBy({ email: account.email })) throw new ConflictError(EMAIL_TAKEN);
    if (account.document !== null && (await users.existsBy({ document: account.document })))
      throw new ConflictError(DOCUMENT_TAKEN, 'input.document');
    const passwordHash = await hashPassword(account.password);
    let result: T;
    try {
      result = await this.dataSource.transaction(async (manager) => {
        const user = await this.insertUser(
          manager,
          {
            email: account.email,
            name: account.name,
            phone: account.phone,
            document: account.document,
            role,
            isGuest: false,
            passwordHash,
          },
          origin,
        );
        return then(manager, user);
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_email_key')) throw new ConflictError(EMAIL_TAKEN);
      if (isUniqueViolation(err, 'users_document_key')) throw new ConflictError(DOCUMENT_TAKEN, 'input.document');
      throw err;
    }
    this.outbox.nudge();
    return result;
  }

  private async insertUser(
    manager: EntityManager,
    fields: Omit<UserEntity, 'id' | 'createdAt' | 'disabledAt'>,
    origin: ChangeOrigin,
  ): Promise<UserEntity> {
    const now = this.clock();
    const user = manager.create(UserEntity, { id: uuidv7(now.getTime()), createdAt: now, disabledAt: null, ...fields });
    await manager.insert(UserEntity, user);
    await publishUserRegistered(manager, user, origin);
    return user;
  }
}
