import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kitchen staff (issue 16): the STAFF role, who works at which restaurant, and the owners of
 * restaurants as menu announces them (the one fact of menu's that adding staff must check).
 */
export class RestaurantStaff1766100000000 implements MigrationInterface {
  name = 'RestaurantStaff1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP CONSTRAINT IF EXISTS users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN', 'STAFF'))`);
    // Read model of menu's restaurants: only the owner, which never changes once created.
    await q.query(`
      CREATE TABLE restaurant_owners (
        restaurant_id uuid PRIMARY KEY,
        owner_id uuid NOT NULL
      )`);
    await q.query(`CREATE INDEX restaurant_owners_owner_id_idx ON restaurant_owners (owner_id)`);
    // One row per (restaurant, user) ever hired: removal keeps the row (active = false) so the
    // revision carried by the events keeps growing when the same person is added back.
    await q.query(`
      CREATE TABLE restaurant_staff (
        restaurant_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        active boolean NOT NULL,
        revision integer NOT NULL,
        added_by uuid NOT NULL,
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (restaurant_id, user_id)
      )`);
    await q.query(`CREATE INDEX restaurant_staff_user_id_idx ON restaurant_staff (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE restaurant_staff`);
    await q.query(`DROP TABLE restaurant_owners`);
    await q.query(`DELETE FROM users WHERE role = 'STAFF'`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_role_check`);
    await q.query(`ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('CUSTOMER', 'PARTNER', 'COURIER', 'ADMIN'))`);
  }
}
