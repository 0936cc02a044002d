import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments replaced by a lines change. The customer may still pay an old QR code; such a
 * payment must be recognised and refunded, so the old references are kept, and a REFUND
 * deadline can name the exact payment it refunds.
 */
export class SupersededPayments1763890000000 implements MigrationInterface {
  name = 'SupersededPayments1763890000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE superseded_payments (
        provider text NOT NULL,
        reference text NOT NULL,
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        amount integer NOT NULL,
        currency text NOT NULL,
        superseded_at timestamptz NOT NULL,
        paid_at timestamptz,
        refunded_at timestamptz,
        refund_reference text,
        PRIMARY KEY (provider, reference)
      )`);
    await q.query(`ALTER TABLE deadlines ADD COLUMN payment_reference text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deadlines DROP COLUMN payment_reference`);
    await q.query(`DROP TABLE superseded_payments`);
  }
}
