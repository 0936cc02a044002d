import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The inbox, the queue of its deliveries over other channels (e-mail), and the read models that name each event's recipients. */
export class NotificationsSchema1766000000000 implements MigrationInterface {
  name = 'NotificationsSchema1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        recipient_id uuid NOT NULL,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        order_id uuid,
        restaurant_id uuid,
        source_event_id uuid NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz
      )`);
    // "Never twice": a redelivered event (or a replica racing) cannot insert the same one again.
    await q.query(`CREATE UNIQUE INDEX notifications_once ON notifications (source_event_id, recipient_id, kind)`);
    // myNotifications pages newest first by id (UUIDv7); unreadCount counts the partial index.
    await q.query(`CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, id)`);
    await q.query(`CREATE INDEX notifications_unread_idx ON notifications (recipient_id) WHERE read_at IS NULL`);

    await q.query(`
      CREATE TABLE channel_deliveries (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        channel text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT','SKIPPED','FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        last_error text,
        sent_at timestamptz,
        PRIMARY KEY (notification_id, channel)
      )`);
    await q.query(`CREATE INDEX channel_deliveries_due_idx ON channel_deliveries (channel, next_attempt_at) WHERE status = 'PENDING'`);

    await q.query(`
      CREATE TABLE recipients (
        user_id uuid PRIMARY KEY,
        email text,
        role text NOT NULL
      )`);
    await q.query(`CREATE INDEX recipients_role_idx ON recipients (role)`);
    await q.query(`
      CREATE TABLE restaurant_audiences (
        restaurant_id uuid PRIMARY KEY,
        owner_id uuid NOT NULL,
        status text NOT NULL,
        revision integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE restaurant_staff (
        restaurant_id uuid NOT NULL,
        user_id uuid NOT NULL,
        PRIMARY KEY (restaurant_id, user_id)
      )`);
    await q.query(`
      CREATE TABLE order_facts (
        order_id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        restaurant_id uuid NOT NULL,
        number text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['order_facts', 'restaurant_staff', 'restaurant_audiences', 'recipients', 'channel_deliveries', 'notifications'])
      await q.query(`DROP TABLE ${table}`);
  }
}
