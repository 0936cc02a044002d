import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Restaurants, categories and items, with the checks the domain relies on repeated in SQL. */
export class MenuSchema1763870400000 implements MigrationInterface {
  name = 'MenuSchema1763870400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE restaurants (
        id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        description text,
        cuisines text[] NOT NULL DEFAULT '{}',
        address_line1 text NOT NULL,
        address_line2 text,
        city text NOT NULL,
        postal_code text NOT NULL,
        lat double precision,
        lng double precision,
        status text NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'ACTIVE', 'SUSPENDED')),
        suspension_reason text,
        accepting_orders boolean NOT NULL DEFAULT true,
        opening_hours jsonb NOT NULL DEFAULT '[]',
        time_zone text NOT NULL,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        delivery_fee integer NOT NULL CHECK (delivery_fee >= 0),
        minimum_order integer NOT NULL CHECK (minimum_order >= 0),
        revision integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CHECK ((lat IS NULL) = (lng IS NULL))
      )`);
    // The public listing reads ACTIVE rows in id order; owners list their own.
    await q.query(`CREATE INDEX restaurants_status_id_idx ON restaurants (status, id)`);
    await q.query(`CREATE INDEX restaurants_owner_idx ON restaurants (owner_id, id)`);
    await q.query(`CREATE INDEX restaurants_location_idx ON restaurants (lat, lng) WHERE lat IS NOT NULL`);
    await q.query(`
      CREATE TABLE menu_categories (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants (id) ON DELETE CASCADE,
        name text NOT NULL,
        position integer NOT NULL CHECK (position >= 0),
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX menu_categories_restaurant_idx ON menu_categories (restaurant_id, position, id)`);
    await q.query(`
      CREATE TABLE menu_items (
        id uuid PRIMARY KEY,
        restaurant_id uuid NOT NULL REFERENCES restaurants (id) ON DELETE CASCADE,
        category_id uuid REFERENCES menu_categories (id) ON DELETE SET NULL,
        name text NOT NULL,
        description text,
        price integer NOT NULL CHECK (price > 0),
        currency text NOT NULL,
        available boolean NOT NULL DEFAULT true,
        stock integer CHECK (stock >= 0),
        tags text[] NOT NULL DEFAULT '{}',
        revision integer NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    await q.query(`CREATE INDEX menu_items_restaurant_idx ON menu_items (restaurant_id, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX menu_items_category_idx ON menu_items (category_id) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE menu_items`);
    await q.query(`DROP TABLE menu_categories`);
    await q.query(`DROP TABLE restaurants`);
  }
}
