import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `'PENDING','AWAITING_PAYMENT','PLACED','ACCEPTED','PREPARING','READY_FOR_PICKUP','PICKED_UP','DELIVERED','CANCELLED','REJECTED'`;

/** Orders, their lines, history, payment notifications, deadlines and the menu read model. */
export class OrdersSchema1763880000000 implements MigrationInterface {
  name = 'OrdersSchema1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        number text NOT NULL,
        business_day date NOT NULL,
        customer_id uuid NOT NULL,
        restaurant_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        status_reason text,
        currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        subtotal integer NOT NULL CHECK (subtotal >= 0),
        delivery_fee integer NOT NULL CHECK (delivery_fee >= 0),
        total integer NOT NULL CHECK (total = subtotal + delivery_fee),
        delivery_address jsonb NOT NULL,
        notes text,
        payment_method text NOT NULL CHECK (payment_method IN ('QR_CODE','CASH_ON_DELIVERY')),
        payment_status text NOT NULL CHECK (payment_status IN ('PENDING','PAID','FAILED','REFUNDED','NOT_REQUIRED')),
        payment_provider text,
        payment_reference text,
        payment_qr text,
        paid_at timestamptz,
        refunded_at timestamptz,
        refund_reference text,
        stock_version integer NOT NULL DEFAULT 1 CHECK (stock_version >= 1),
        courier_user_id uuid,
        estimated_ready_at timestamptz,
        placed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        idempotency_key text NOT NULL,
        correlation_id text NOT NULL
      )`);
    // The idempotency guarantee itself: a second placeOrder with the key cannot insert.
    await q.query(`CREATE UNIQUE INDEX orders_customer_idempotency_key ON orders (customer_id, idempotency_key)`);
    await q.query(`CREATE UNIQUE INDEX orders_restaurant_day_number ON orders (restaurant_id, business_day, number)`);
    await q.query(
      `CREATE UNIQUE INDEX orders_payment_reference ON orders (payment_provider, payment_reference) WHERE payment_reference IS NOT NULL`,
    );
    // myOrders / User.orders and Restaurant.orders page newest first by id (UUIDv7).
    await q.query(`CREATE INDEX orders_customer_id_idx ON orders (customer_id, id)`);
    await q.query(`CREATE INDEX orders_restaurant_id_idx ON orders (restaurant_id, id)`);
    await q.query(
      `CREATE INDEX orders_kitchen_idx ON orders (restaurant_id, placed_at) WHERE status IN ('PLACED','ACCEPTED','PREPARING','READY_FOR_PICKUP')`,
    );

    await q.query(`
      CREATE TABLE order_number_counters (
        restaurant_id uuid NOT NULL,
        business_day date NOT NULL,
        last_number integer NOT NULL,
        PRIMARY KEY (restaurant_id, business_day)
      )`);

    await q.query(`
      CREATE TABLE order_lines (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        position integer NOT NULL,
        menu_item_id uuid NOT NULL,
        name text NOT NULL,
        unit_price integer NOT NULL CHECK (unit_price >= 0),
        quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 50),
        notes text,
        status text NOT NULL CHECK (status IN ('QUEUED','COOKING','DONE'))
      )`);
    await q.query(`CREATE INDEX order_lines_order_idx ON order_lines (order_id, position)`);

    await q.query(`
      CREATE TABLE order_status_changes (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        from_status text,
        status text NOT NULL CHECK (status IN (${STATUSES})),
        at timestamptz NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('CUSTOMER','OWNER','ADMIN','SYSTEM','DELIVERY')),
        actor_id uuid,
        reason text
      )`);
    await q.query(`CREATE INDEX order_status_changes_order_idx ON order_status_changes (order_id, seq)`);

    await q.query(`
      CREATE TABLE payment_notifications (
        id uuid PRIMARY KEY,
        provider text NOT NULL,
        event_id text NOT NULL,
        provider_reference text NOT NULL,
        order_id uuid,
        outcome text NOT NULL,
        amount integer NOT NULL,
        currency text NOT NULL,
        result text NOT NULL,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        UNIQUE (provider, event_id)
      )`);

    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PAYMENT_TIMEOUT','ACCEPT_TIMEOUT','REFUND')),
        due_at timestamptz NOT NULL,
        fired_at timestamptz,
        outcome text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // Pollers scan only what is still pending, soonest first.
    await q.query(`CREATE INDEX deadlines_pending_idx ON deadlines (due_at) WHERE fired_at IS NULL`);
    await q.query(`CREATE INDEX deadlines_order_idx ON deadlines (order_id) WHERE fired_at IS NULL`);

    await q.query(`
      CREATE TABLE restaurant_snapshots (
        id uuid PRIMARY KEY,
        revision integer NOT NULL,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        status text NOT NULL,
        accepting_orders boolean NOT NULL,
        opening_hours jsonb NOT NULL,
        time_zone text NOT NULL,
        city text NOT NULL,
        currency text NOT NULL,
        delivery_fee integer NOT NULL,
        minimum_order integer NOT NULL
      )`);
    await q.query(`CREATE INDEX restaurant_snapshots_owner_idx ON restaurant_snapshots (owner_id)`);
    await q.query(`
      CREATE TABLE menu_item_snapshots (
        id uuid PRIMARY KEY,
        revision integer NOT NULL,
        restaurant_id uuid NOT NULL,
        name text NOT NULL,
        price integer NOT NULL,
        currency text NOT NULL,
        available boolean NOT NULL,
        deleted boolean NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'menu_item_snapshots',
      'restaurant_snapshots',
      'deadlines',
      'payment_notifications',
      'order_status_changes',
      'order_lines',
      'order_number_counters',
      'orders',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
