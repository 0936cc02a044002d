import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reviews, rating aggregates and the read models of orders, deliveries and restaurant owners. */
export class FeedbackSchema1763900000000 implements MigrationInterface {
  name = 'FeedbackSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY,
        order_id uuid NOT NULL,
        author_id uuid NOT NULL,
        restaurant_id uuid NOT NULL,
        restaurant_rating smallint NOT NULL CHECK (restaurant_rating BETWEEN 1 AND 5),
        courier_id uuid,
        courier_rating smallint CHECK (courier_rating BETWEEN 1 AND 5),
        comment text CHECK (char_length(comment) <= 1000),
        reply text CHECK (char_length(reply) <= 1000),
        replied_at timestamptz,
        hidden boolean NOT NULL DEFAULT false,
        hidden_reason text,
        hidden_at timestamptz,
        hidden_by uuid,
        created_at timestamptz NOT NULL,
        CHECK (courier_id IS NULL OR courier_rating IS NOT NULL),
        CHECK ((reply IS NULL) = (replied_at IS NULL)),
        CHECK (hidden = (hidden_at IS NOT NULL))
      )`);
    // "Once per order" is this index: a second submission cannot insert, even when racing.
    await q.query(`CREATE UNIQUE INDEX reviews_order_id ON reviews (order_id)`);
    // Restaurant.reviews pages newest first by id (UUIDv7); the public listing skips hidden ones.
    await q.query(`CREATE INDEX reviews_restaurant_visible_idx ON reviews (restaurant_id, id) WHERE NOT hidden`);
    await q.query(`CREATE INDEX reviews_restaurant_idx ON reviews (restaurant_id, id)`);

    await q.query(`
      CREATE TABLE rating_aggregates (
        subject_type text NOT NULL CHECK (subject_type IN ('RESTAURANT','COURIER')),
        subject_id uuid NOT NULL,
        rating_sum integer NOT NULL,
        rating_count integer NOT NULL CHECK (rating_count >= 0),
        PRIMARY KEY (subject_type, subject_id),
        CHECK (rating_sum BETWEEN rating_count AND 5 * rating_count)
      )`);

    await q.query(`
      CREATE TABLE order_facts (
        order_id uuid PRIMARY KEY,
        customer_id uuid,
        restaurant_id uuid,
        status text,
        delivered_at timestamptz,
        courier_id uuid,
        courier_user_id uuid
      )`);

    await q.query(`
      CREATE TABLE restaurant_owners (
        restaurant_id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        revision integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE restaurant_owners`);
    await q.query(`DROP TABLE order_facts`);
    await q.query(`DROP TABLE rating_aggregates`);
    await q.query(`DROP TABLE reviews`);
  }
}
