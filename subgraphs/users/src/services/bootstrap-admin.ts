import { uuidv7 } from '@foodgraph/platform/ids';
import type { Logger } from '@foodgraph/platform/logging';
import { systemClock, type Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { UserEntity } from '../entities/user.entity';
import { publishUserRegistered } from '../events/user-registered.publisher';

/** The first admin's credentials (`FOODGRAPH_ADMIN_EMAIL` / `FOODGRAPH_ADMIN_PASSWORD`). */
export interface BootstrapAdminOptions {
  /** Normalized email. */
  email: string;
  password: string;
  /** @default "Administrator" */
  name?: string;
  logger?: Logger;
  clock?: Clock;
}

/**
 * Creates the first admin unless an account with that email exists. Idempotent, and safe
 * when several replicas start at once: the insert yields to the unique email index, and only
 * the replica whose insert won records the `users.user.registered` event. An existing account
 * is left as it is — a changed password in the environment never overwrites a live one.
 */
export async function bootstrapAdmin(dataSource: DataSource, options: BootstrapAdminOptions): Promise<'created' | 'exists'> {
  const repo = dataSource.getRepository(UserEntity);
  const existing = await repo.findOneBy({ email: options.email });
  if (existing) {
    if (existing.role !== 'ADMIN')
      options.logger?.warn({ userId: existing.id }, 'bootstrap admin email belongs to a non-admin account; left unchanged');
    return 'exists';
  }
  const passwordHash = await hashPassword(options.password);
  const now = (options.clock ?? systemClock)();
  const user = repo.create({
    id: uuidv7(now.getTime()),
    email: options.email,
    name: options.name ?? 'Administrator',
    phone: null,
    role: 'ADMIN',
    isGuest: false,
    passwordHash,
    createdAt: now,
  });
  const created = await dataSource.transaction(async (manager) => {
    const rows = await manager.query<unknown[]>(
      `INSERT INTO users (id, email, name, phone, role, is_guest, password_hash, created_at)
       VALUES ($1, $2, $3, NULL, 'ADMIN', false, $4, $5)
       ON CONFLICT (email) DO NOTHING
       RETURNING id`,
      [user.id, user.email, user.name, passwordHash, now],
    );
    if (rows.length === 0) return false;
    await publishUserRegistered(manager, user, { correlationId: `bootstrap-admin:${user.id}`, causationId: null });
    return true;
  });
  if (created) options.logger?.info({ userId: user.id }, 'created the bootstrap admin account');
  return created ? 'created' : 'exists';
}
