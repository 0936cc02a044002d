import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signing key rotation (issue 17): besides the key that signs (one, as before) there is the
 * next one, published in the JWKS before it signs anything (`activated_at` null), so every
 * router already holds it when a rotation makes it the signing key — no token is ever signed
 * with a key a router has not fetched yet.
 */
export class SigningKeyRotation1766800000000 implements MigrationInterface {
  name = 'SigningKeyRotation1766800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE signing_keys ADD COLUMN activated_at timestamptz`);
    await q.query(`UPDATE signing_keys SET activated_at = created_at`);
    await q.query(`DROP INDEX signing_keys_one_active`);
    await q.query(
      `CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((true)) WHERE retired_at IS NULL AND activated_at IS NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX signing_keys_one_next ON signing_keys ((true)) WHERE activated_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM signing_keys WHERE activated_at IS NULL`);
    await q.query(`DROP INDEX signing_keys_one_next`);
    await q.query(`DROP INDEX signing_keys_one_active`);
    await q.query(`CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((retired_at IS NULL)) WHERE retired_at IS NULL`);
    await q.query(`ALTER TABLE signing_keys DROP COLUMN activated_at`);
  }
}
