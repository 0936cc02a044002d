import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kiosk identification (issue 17): a customer's national document (a CPF, its 11 digits), unique
 * among accounts that have one, so a kiosk finds one customer by it; and which sessions a kiosk
 * opened (`identifyCustomer`), which cannot be refreshed past their short life.
 */
export class DocumentsAndKioskSessions1766700000000 implements MigrationInterface {
  name = 'DocumentsAndKioskSessions1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN document text`);
    await q.query(`CREATE UNIQUE INDEX users_document_key ON users (document) WHERE document IS NOT NULL`);
    await q.query(`ALTER TABLE sessions ADD COLUMN kiosk boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions DROP COLUMN kiosk`);
    await q.query(`DROP INDEX users_document_key`);
    await q.query(`ALTER TABLE users DROP COLUMN document`);
  }
}
