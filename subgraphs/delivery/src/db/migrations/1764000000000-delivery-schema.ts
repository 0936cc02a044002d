import type { MigrationInterface, QueryRunner } from 'typeorm';

const DELIVERY_STATUSES = `'AWAITING_COURIER','ASSIGNED','PICKED_UP','DELIVERED','FAILED','CANCELLED'`;
const ACTIVE = `'ASSIGNED','PICKED_UP'`;

/** Couriers, deliveries, offers, location trails and the read models of users, menu, orders and feedback. */
export class DeliverySchema1764000000000 implements MigrationInterface {
  name = 'DeliverySchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE couriers (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        name text NOT NULL,
        vehicle text NOT NULL CHECK (vehicle IN ('BICYCLE','SCOOTER','CAR','ON_FOOT')),
        status text NOT NULL CHECK (status IN ('OFFLINE','AVAILABLE','ON_DELIVERY')),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        lng double precision CHECK (lng BETWEEN -180 AND 180),
        last_seen_at timestamptz,
        ping_tokens double precision NOT NULL DEFAULT 0,
        ping_tokens_at timestamptz,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        deleted_at timestamptz
      )`);
    // One live profile per user account; a deleted profile frees the account for a new one.
    await q.query(`CREATE UNIQUE INDEX couriers_user_id ON couriers (user_id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX couriers_available_idx ON couriers (id) WHERE status = 'AVAILABLE' AND deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL UNIQUE,
        restaurant_id uuid NOT NULL,
        customer_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN (${DELIVERY_STATUSES})),
        courier_id uuid REFERENCES couriers (id),
        pickup jsonb NOT NULL,
        dropoff jsonb NOT NULL,
        distance_meters integer NOT NULL CHECK (distance_meters >= 0),
        eta_at timestamptz,
        promised_at timestamptz,
        assigned_at timestamptz,
        picked_up_at timestamptz,
        delivered_at timestamptz,
        ended_at timestamptz,
        end_reason text,
        pay integer CHECK (pay >= 0),
        pay_currency text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        correlation_id text NOT NULL,
        CHECK (status NOT IN (${ACTIVE},'DELIVERED') OR courier_id IS NOT NULL)
      )`);
    // The rule "a courier holds one active delivery", enforced by the database itself.
    await q.query(`CREATE UNIQUE INDEX deliveries_one_active_per_courier ON deliveries (courier_id) WHERE status IN (${ACTIVE})`);
    await q.query(`CREATE INDEX deliveries_waiting_idx ON deliveries (created_at) WHERE status = 'AWAITING_COURIER'`);
    await q.query(`CREATE INDEX deliveries_courier_delivered_idx ON deliveries (courier_id, delivered_at) WHERE status = 'DELIVERED'`);

    await q.query(`
      CREATE TABLE delivery_offers (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES deliveries (id),
        courier_id uuid NOT NULL REFERENCES couriers (id),
        status text NOT NULL CHECK (status IN ('PENDING','ACCEPTED','DECLINED','EXPIRED','WITHDRAWN')),
        offered_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        answered_at timestamptz
      )`);
    // One open offer per delivery and one per courier: two dispatchers cannot both offer.
    await q.query(`CREATE UNIQUE INDEX delivery_offers_one_pending_per_delivery ON delivery_offers (delivery_id) WHERE status = 'PENDING'`);
    await q.query(`CREATE UNIQUE INDEX delivery_offers_one_pending_per_courier ON delivery_offers (courier_id) WHERE status = 'PENDING'`);
    // A courier is offered a delivery at most once; a second one would be a dispatcher bug.
    await q.query(`CREATE UNIQUE INDEX delivery_offers_once_per_courier ON delivery_offers (delivery_id, courier_id)`);
    await q.query(`CREATE INDEX delivery_offers_expiry_idx ON delivery_offers (expires_at) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE location_pings (
        id uuid PRIMARY KEY,
        delivery_id uuid NOT NULL REFERENCES deliveries (id),
        courier_id uuid NOT NULL REFERENCES couriers (id),
        lat double precision NOT NULL,
        lng double precision NOT NULL,
        at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX location_pings_delivery_idx ON location_pings (delivery_id, at DESC, id DESC)`);

    await q.query(`CREATE TABLE user_snapshots (id uuid PRIMARY KEY, name text NOT NULL, role text NOT NULL)`);
    await q.query(`
      CREATE TABLE restaurant_snapshots (
        id uuid PRIMARY KEY,
        revision integer NOT NULL,
        owner_id uuid NOT NULL,
        name text NOT NULL,
        address jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE order_snapshots (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        restaurant_id uuid NOT NULL,
        dropoff jsonb NOT NULL,
        status text NOT NULL,
        ready_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE courier_ratings (
        order_id uuid PRIMARY KEY,
        review_id uuid NOT NULL,
        rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
        hidden boolean NOT NULL DEFAULT false
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'courier_ratings',
      'order_snapshots',
      'restaurant_snapshots',
      'user_snapshots',
      'location_pings',
      'delivery_offers',
      'deliveries',
      'couriers',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
