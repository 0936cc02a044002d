import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The payment log (`PaymentTransactionEntity`): every provider call and webhook, per order. */
export class PaymentTransactions1767200000000 implements MigrationInterface {
  name = 'PaymentTransactions1767200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE payment_transactions (
        id uuid PRIMARY KEY,
        order_id uuid,
        provider text NOT NULL,
        kind text NOT NULL,
        status text NOT NULL,
        amount integer NOT NULL,
        currency text NOT NULL,
        provider_reference text,
        detail text,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX payment_transactions_order_at ON payment_transactions (order_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payment_transactions`);
  }
}
