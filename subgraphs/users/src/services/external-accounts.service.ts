import type { Role } from '@foodgraph/platform/auth';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { ChangeOrigin, OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { normalizeEmail, isValidEmail } from '../domain/email';
import { UserEntity } from '../entities/user.entity';
import { publishUserRegistered } from '../events/user-registered.publisher';

/** A person as the router read them from the identity provider's verified token. */
export interface ExternalSubject {
  issuer: string;
  subject: string;
  role: Role;
  name: string;
  email: string | null;
}

/** The account of an external subject, and whether it may act. */
export interface ExternalAccount {
  userId: string;
  active: boolean;
}

/** Thrown inside the provisioning transaction to undo it when another request provisioned first. */
class ProvisionedElsewhere extends Error {}

/**
 * Accounts of people who sign in with the external identity provider, created just in time.
 * Only the router calls this (its signed internal endpoint is the guard): it has verified the
 * provider's token, and it must know the account's id before it forwards anything.
 */
export class ExternalAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
  ) {}

  /**
   * The account of `who`, created on first sight with the mapped role, name and email, and kept
   * in step with the provider's role and name afterwards. Concurrent first requests each insert
   * an account, but the (issuer, subject) key lets one commit: the others roll back and read the
   * winner, so the person has exactly one account (and one `users.user.registered`).
   */
  async provision(who: ExternalSubject, origin: ChangeOrigin): Promise<ExternalAccount> {
    const existing = await this.find(who);
    if (existing) return this.keepInStep(existing, who);
    const email = who.email === null ? null : normalizeEmail(who.email);
    // An email another account already has stays with that account: linking them would let
    // whoever controls the provider take over a password account. Such a person has no email here.
    const usable = email !== null && isValidEmail(email) && !(await this.dataSource.getRepository(UserEntity).existsBy({ email }));
    try {
      return await this.create(who, usable ? email : null, origin);
    } catch (err) {
      if (err instanceof ProvisionedElsewhere) return this.keepInStep((await this.find(who))!, who);
      // The address was taken between the check and the insert: provision without it.
      if (isUniqueViolation(err, 'users_email_key'))
        return this.create(who, null, origin).catch(async (again: unknown) => {
          if (again instanceof ProvisionedElsewhere) return this.keepInStep((await this.find(who))!, who);
          throw again;
        });
      throw err;
    }
  }

  private async create(who: ExternalSubject, email: string | null, origin: ChangeOrigin): Promise<ExternalAccount> {
    const now = this.clock();
    const user = await this.dataSource.transaction(async (manager: EntityManager) => {
      const created = manager.create(UserEntity, {
        id: uuidv7(now.getTime()),
        email,
        name: who.name,
        phone: null,
        role: who.role,
        isGuest: false,
        // No password: this person signs in at the identity provider only.
        passwordHash: null,
        createdAt: now,
        disabledAt: null,
      });
      await manager.insert(UserEntity, created);
      const claimed: unknown[] = await manager.query(
        `INSERT INTO external_identities (issuer, subject, user_id, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (issuer, subject) DO NOTHING RETURNING user_id`,
        [who.issuer, who.subject, created.id, now],
      );
      if (claimed.length === 0) throw new ProvisionedElsewhere();
      await publishUserRegistered(manager, created, origin);
      return created;
    });
    this.outbox.nudge();
    return { userId: user.id, active: true };
  }

  private async find(who: ExternalSubject): Promise<{ id: string; role: Role; name: string; disabled: boolean } | undefined> {
    const rows: { id: string; role: Role; name: string; disabled: boolean }[] = await this.dataSource.query(
      `SELECT u.id, u.role, u.name, u.disabled_at IS NOT NULL AS disabled
         FROM external_identities x JOIN users u ON u.id = x.user_id
        WHERE x.issuer = $1 AND x.subject = $2`,
      [who.issuer, who.subject],
    );
    return rows[0];
  }

  /** The provider decides a person's role and name: a change there reaches the account here. */
  private async keepInStep(
    found: { id: string; role: Role; name: string; disabled: boolean },
    who: ExternalSubject,
  ): Promise<ExternalAccount> {
    if (found.role !== who.role || found.name !== who.name) {
      await this.dataSource.query(`UPDATE users SET role = $2, name = $3 WHERE id = $1`, [found.id, who.role, who.name]);
    }
    return { userId: found.id, active: !found.disabled };
  }
}
