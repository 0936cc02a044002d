import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read model of kitchen staff from `users.staff.*`: who may run a restaurant's kitchen besides
 * its owner. Removals stay as rows (active = false) so the revision guard keeps a stale
 * "added" from letting someone back in.
 */
export class KitchenStaff1766100000000 implements MigrationInterface {
  name = 'KitchenStaff1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kitchen_staff (
        restaurant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        active boolean NOT NULL,
        revision integer NOT NULL,
        PRIMARY KEY (restaurant_id, user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kitchen_staff`);
  }
}
