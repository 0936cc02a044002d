import type { EventHandlers } from '@foodgraph/platform';

/** Durable consumer name of the users, menu and feedback read models. */
export const READ_MODEL_CONSUMER = 'delivery-read-models';

/**
 * Keeps the local copies of users (who is a courier), restaurants (pick-up address, owner)
 * and courier ratings (the rating bonus). Restaurant snapshots are whole objects guarded by
 * `revision`, so a stale redelivery never overwrites a newer one.
 */
export const readModelHandlers: EventHandlers = {
  'users.user.registered': async (event, manager) => {
    const u = event.data;
    await manager.query(
      `INSERT INTO user_snapshots (id, name, role) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role`,
      [u.userId, u.name, u.role],
    );
  },
  'menu.restaurant.changed': async (event, manager) => {
    const r = event.data;
    await manager.query(
      `INSERT INTO restaurant_snapshots (id, revision, owner_id, name, address) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (id) DO UPDATE SET
         revision = EXCLUDED.revision, owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, address = EXCLUDED.address
       WHERE restaurant_snapshots.revision < EXCLUDED.revision`,
      [r.restaurantId, r.revision, r.ownerId, r.name, JSON.stringify(r.address)],
    );
  },
  'feedback.review.submitted': async (event, manager) => {
    const r = event.data;
    if (r.courierRating === null) return;
    await manager.query(
      `INSERT INTO courier_ratings (order_id, review_id, rating, hidden) VALUES ($1, $2, $3, false) ON CONFLICT (order_id) DO NOTHING`,
      [r.orderId, r.reviewId, r.courierRating],
    );
  },
  'feedback.review.moderated': async (event, manager) => {
    await manager.query(`UPDATE courier_ratings SET hidden = $2 WHERE review_id = $1`, [event.data.reviewId, event.data.hidden]);
  },
};
