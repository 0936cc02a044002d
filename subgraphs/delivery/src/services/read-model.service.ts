import type { EventData } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';

/**
 * The local copies of other subgraphs' data that delivery needs to decide alone: users (who is
 * a courier), restaurants (pick-up address, owner), orders (drop-off, customer, status: pick-up
 * waits for READY_FOR_PICKUP) and courier ratings (the rating bonus). Every write is an upsert
 * or a guarded update, so a redelivered event changes nothing.
 */
export class ReadModelService {
  /** Who a user is; a COURIER account may get a courier profile. */
  async recordUser(manager: EntityManager, user: EventData<'users.user.registered'>): Promise<void> {
    await manager.query(
      `INSERT INTO user_snapshots (id, name, role) VALUES ($1, $2, $3)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role`,
      [user.userId, user.name, user.role],
    );
  }

  /** A restaurant as a whole, guarded by `revision` so a stale redelivery never overwrites a newer one. */
  async recordRestaurant(manager: EntityManager, r: EventData<'menu.restaurant.changed'>): Promise<void> {
    await manager.query(
      `INSERT INTO restaurant_snapshots (id, revision, owner_id, name, address) VALUES ($1, $2, $3, $4, $5::jsonb)
       ON CONFLICT (id) DO UPDATE SET
         revision = EXCLUDED.revision, owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, address = EXCLUDED.address
       WHERE restaurant_snapshots.revision < EXCLUDED.revision`,
      [r.restaurantId, r.revision, r.ownerId, r.name, JSON.stringify(r.address)],
    );
  }

  /** The courier rating of a review, if it has one. */
  async recordCourierRating(manager: EntityManager, r: EventData<'feedback.review.submitted'>): Promise<void> {
    if (r.courierRating === null) return;
    await manager.query(
      `INSERT INTO courier_ratings (order_id, review_id, rating, hidden) VALUES ($1, $2, $3, false) ON CONFLICT (order_id) DO NOTHING`,
      [r.orderId, r.reviewId, r.courierRating],
    );
  }

  /** Hidden reviews stop counting for the rating bonus. */
  async setCourierRatingHidden(manager: EntityManager, m: EventData<'feedback.review.moderated'>): Promise<void> {
    await manager.query(`UPDATE courier_ratings SET hidden = $2 WHERE review_id = $1`, [m.reviewId, m.hidden]);
  }

  /** A placed order: who ordered it, from where, where it goes, and the courier's tip. */
  async recordOrder(manager: EntityManager, o: EventData<'orders.order.placed'>): Promise<void> {
    await manager.query(
      `INSERT INTO order_snapshots (id, customer_id, restaurant_id, dropoff, status, tip, fulfilment)
       VALUES ($1, $2, $3, $4::jsonb, 'PENDING', $5, $6)
       ON CONFLICT (id) DO NOTHING`,
      [o.orderId, o.customerId, o.restaurantId, JSON.stringify(o.deliveryAddress), o.tip ?? 0, o.fulfilment ?? 'DELIVERY'],
    );
  }

  /** An order's new status and, when the kitchen gave one, when it should be ready. */
  async recordOrderStatus(manager: EntityManager, s: EventData<'orders.order.status_changed'>): Promise<void> {
    await manager.query(`UPDATE order_snapshots SET status = $2, ready_at = COALESCE($3::timestamptz, ready_at) WHERE id = $1`, [
      s.orderId,
      s.to,
      s.estimatedReadyAt,
    ]);
  }
}
