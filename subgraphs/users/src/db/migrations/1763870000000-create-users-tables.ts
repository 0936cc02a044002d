import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, sessions with their refresh-token families, partner API keys and signing keys. */
export class CreateUsersTables1763870000000 implements MigrationInterface {
  name = 'CreateUsersTables1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text,
        name text NOT NULL,
        phone text,
        role text NOT NULL CHECK (role IN ('CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN')),
        is_guest boolean NOT NULL DEFAULT false,
        password_hash text,
        created_at timestamptz NOT NULL,
        -- Emails are stored normalized; the check keeps a code path that forgot from
        -- slipping a mixed-case duplicate past the unique index.
        CONSTRAINT users_email_lowercase CHECK (email = lower(email)),
        CONSTRAINT users_guest_has_no_login CHECK (NOT is_guest OR (email IS NULL AND password_hash IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
    // Serves the admin listing: by role (or not), in id (= registration) order.
    await q.query(`CREATE INDEX users_role_id_idx ON users (role, id)`);

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text CHECK (revoke_reason IN ('logout', 'reuse'))
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash)`);
    await q.query(`CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name text NOT NULL,
        prefix text NOT NULL,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX api_keys_secret_hash_key ON api_keys (secret_hash)`);
    await q.query(`CREATE INDEX api_keys_user_id_idx ON api_keys (user_id)`);

    await q.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        private_key_pem text NOT NULL,
        created_at timestamptz NOT NULL,
        retired_at timestamptz
      )`);
    // At most one key signs at a time. Replicas starting together all try to insert one;
    // this index lets exactly one win and the others read the winner's key.
    await q.query(`CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys ((retired_at IS NULL)) WHERE retired_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE signing_keys`);
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE users`);
  }
}
