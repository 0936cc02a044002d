import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'PENDING','AWAITING_PAYMENT','PLACED','ACCEPTED','PREPARING','READY_FOR_PICKUP','PICKED_UP','DELIVERED','CANCELLED','REJECTED'`;
const DEADLINE_KINDS = `'PAYMENT_TIMEOUT','ACCEPT_TIMEOUT','REFUND'`;

/**
 * Coupons, tips and scheduled orders (issue 17): the coupons table with its redemption counter,
 * an order's discount, tip, coupon and slot, the SCHEDULED status and the deadline that
 * releases a scheduled order to the kitchen. The total's check now reads
 * subtotal + delivery fee − discount + tip.
 */
export class CouponsTipsScheduled1767500000000 implements MigrationInterface {
  name = 'CouponsTipsScheduled1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE coupons (
        id uuid PRIMARY KEY,
        code text NOT NULL CHECK (code = upper(code) AND length(code) BETWEEN 1 AND 64),
        kind text NOT NULL CHECK (kind IN ('PERCENT','FIXED')),
        value integer NOT NULL CHECK (value >= 1 AND (kind <> 'PERCENT' OR value <= 100)),
        restaurant_id uuid,
        currency text CHECK (currency ~ '^[A-Z]{3}$'),
        minimum_order integer CHECK (minimum_order >= 0),
        valid_from timestamptz,
        valid_until timestamptz,
        max_redemptions integer CHECK (max_redemptions >= 1),
        per_customer_limit integer CHECK (per_customer_limit >= 1),
        redemptions integer NOT NULL DEFAULT 0 CHECK (redemptions >= 0),
        active boolean NOT NULL DEFAULT true,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        -- The last line of defence against over-redemption: no commit can push past the limit.
        CONSTRAINT coupons_within_max CHECK (max_redemptions IS NULL OR redemptions <= max_redemptions),
        CONSTRAINT coupons_window CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from < valid_until)
      )`);
    // Codes are stored upper case, so this is the case-insensitive uniqueness.
    await q.query(`CREATE UNIQUE INDEX coupons_code ON coupons (code)`);
    await q.query(`CREATE INDEX coupons_restaurant_idx ON coupons (restaurant_id, id)`);

    await q.query(`
      ALTER TABLE orders
        ADD COLUMN discount integer NOT NULL DEFAULT 0 CHECK (discount >= 0 AND discount <= subtotal),
        ADD COLUMN tip integer NOT NULL DEFAULT 0 CHECK (tip >= 0),
        ADD COLUMN coupon_id uuid REFERENCES coupons (id),
        ADD COLUMN coupon_code text,
        ADD COLUMN scheduled_for timestamptz`);
    // The first migration's unnamed check of the total spans two columns, so PostgreSQL named it `orders_check`.
    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_check`);
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total = subtotal + delivery_fee - discount + tip)`);
    // Per-customer limits count a customer's live orders with the coupon.
    await q.query(`CREATE INDEX orders_coupon_customer_idx ON orders (coupon_id, customer_id) WHERE coupon_id IS NOT NULL`);

    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_status_check`);
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN (${STATUSES},'SCHEDULED'))`);
    await q.query(`ALTER TABLE order_status_changes DROP CONSTRAINT order_status_changes_status_check`);
    await q.query(
      `ALTER TABLE order_status_changes ADD CONSTRAINT order_status_changes_status_check CHECK (status IN (${STATUSES},'SCHEDULED'))`,
    );
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_kind_check`);
    await q.query(`ALTER TABLE deadlines ADD CONSTRAINT deadlines_kind_check CHECK (kind IN (${DEADLINE_KINDS},'SCHEDULED_RELEASE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails while SCHEDULED orders or discounted/tipped orders exist: those need a decision first.
    await q.query(`ALTER TABLE deadlines DROP CONSTRAINT deadlines_kind_check`);
    await q.query(`ALTER TABLE deadlines ADD CONSTRAINT deadlines_kind_check CHECK (kind IN (${DEADLINE_KINDS}))`);
    await q.query(`ALTER TABLE order_status_changes DROP CONSTRAINT order_status_changes_status_check`);
    await q.query(`ALTER TABLE order_status_changes ADD CONSTRAINT order_status_changes_status_check CHECK (status IN (${STATUSES}))`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_status_check`);
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN (${STATUSES}))`);
    await q.query(`DROP INDEX orders_coupon_customer_idx`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_total_check`);
    await q.query(`ALTER TABLE orders ADD CONSTRAINT orders_check CHECK (total = subtotal + delivery_fee)`);
    await q.query(
      `ALTER TABLE orders DROP COLUMN scheduled_for, DROP COLUMN coupon_code, DROP COLUMN coupon_id, DROP COLUMN tip, DROP COLUMN discount`,
    );
    await q.query(`DROP TABLE coupons`);
  }
}
