import type { EventHandlers } from '@foodgraph/platform';
import { attachCourier } from '../services/attach-courier';

/** Durable consumer name of the read models (orders, deliveries, restaurant owners). */
export const READ_MODEL_CONSUMER = 'feedback-read-models';

/*
 * The read models behind "may this user review / reply". Orders' and delivery's events come
 * on different streams in no mutual order, so every handler is an upsert that fills in only
 * what its event knows and keeps what the other stream already wrote.
 */
export const readModelHandlers: EventHandlers = {
  'orders.order.placed': async (event, manager) => {
    const o = event.data;
    await manager.query(
      `INSERT INTO order_facts (order_id, customer_id, restaurant_id, status) VALUES ($1, $2, $3, 'PENDING')
       ON CONFLICT (order_id) DO UPDATE SET
         customer_id = EXCLUDED.customer_id, restaurant_id = EXCLUDED.restaurant_id, status = COALESCE(order_facts.status, EXCLUDED.status)`,
      [o.orderId, o.customerId, o.restaurantId],
    );
  },

  'orders.order.status_changed': async (event, manager) => {
    const s = event.data;
    const delivered = s.to === 'DELIVERED';
    // Orders names the courier's user as the actor of a courier's DELIVERED transition, which
    // tells us a courier brought it even before delivery's event says which courier.
    const courierUserId = delivered && s.actorKind === 'DELIVERY' ? s.actorId : null;
    await manager.query(
      `INSERT INTO order_facts (order_id, customer_id, restaurant_id, status, delivered_at, courier_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (order_id) DO UPDATE SET
         customer_id = EXCLUDED.customer_id, restaurant_id = EXCLUDED.restaurant_id, status = EXCLUDED.status,
         delivered_at = COALESCE(order_facts.delivered_at, EXCLUDED.delivered_at),
         courier_user_id = COALESCE(order_facts.courier_user_id, EXCLUDED.courier_user_id)`,
      [s.orderId, s.customerId, s.restaurantId, s.to, delivered ? s.at : null, courierUserId],
    );
  },

  'delivery.delivery.delivered': async (event, manager) => {
    const d = event.data;
    // Delivery's word counts as delivered too: orders moves the order to DELIVERED because of
    // this very event, so waiting for orders' echo would only make the customer wait.
    await manager.query(
      `INSERT INTO order_facts (order_id, delivered_at, courier_id, courier_user_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (order_id) DO UPDATE SET
         delivered_at = COALESCE(order_facts.delivered_at, EXCLUDED.delivered_at),
         courier_id = COALESCE(order_facts.courier_id, EXCLUDED.courier_id),
         courier_user_id = COALESCE(order_facts.courier_user_id, EXCLUDED.courier_user_id)`,
      [d.orderId, d.at, d.courierId, d.courierUserId],
    );
    await attachCourier(manager, d.orderId, d.courierId);
  },

  'menu.restaurant.changed': async (event, manager) => {
    const r = event.data;
    // Snapshots carry a revision; the guard drops one older than what is stored.
    await manager.query(
      `INSERT INTO restaurant_owners (restaurant_id, owner_id, revision) VALUES ($1, $2, $3)
       ON CONFLICT (restaurant_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, revision = EXCLUDED.revision
       WHERE restaurant_owners.revision < EXCLUDED.revision`,
      [r.restaurantId, r.ownerId, r.revision],
    );
  },
};
