import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Disabled accounts (issue 16): when an admin disabled the account (null while it is enabled),
 * and "disabled" as a reason a session ended — disabling ends every open session, so enabling
 * again means signing in again rather than reviving old refresh tokens.
 */
export class DisabledUsers1766300000000 implements MigrationInterface {
  name = 'DisabledUsers1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN disabled_at timestamptz`);
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT IF EXISTS sessions_revoke_reason_check`);
    await q.query(
      `ALTER TABLE sessions ADD CONSTRAINT sessions_revoke_reason_check CHECK (revoke_reason IN ('logout', 'reuse', 'disabled'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP CONSTRAINT sessions_revoke_reason_check`);
    await q.query(`UPDATE sessions SET revoke_reason = 'logout' WHERE revoke_reason = 'disabled'`);
    await q.query(`ALTER TABLE sessions ADD CONSTRAINT sessions_revoke_reason_check CHECK (revoke_reason IN ('logout', 'reuse'))`);
    await q.query(`ALTER TABLE users DROP COLUMN disabled_at`);
  }
}
