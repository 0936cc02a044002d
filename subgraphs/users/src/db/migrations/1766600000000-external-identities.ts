import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People who sign in with the external identity provider (issue 17): which account each
 * (issuer, subject) is. The primary key is what makes just-in-time provisioning happen once,
 * also when a person's first requests reach several routers and replicas at the same moment.
 */
export class ExternalIdentities1766600000000 implements MigrationInterface {
  name = 'ExternalIdentities1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE external_identities (
        issuer text NOT NULL,
        subject text NOT NULL,
        user_id uuid NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (issuer, subject)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE external_identities`);
  }
}
