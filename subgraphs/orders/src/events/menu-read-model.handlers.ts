import type { EventHandlers } from '@foodgraph/platform';

/** Durable consumer name of the menu read model. */
export const READ_MODEL_CONSUMER = 'orders-menu-read-model';

/**
 * Keeps the local copy of restaurants and menu items that `placeOrder` validates against.
 * Snapshots are whole objects, so each is an upsert; the `revision` guard in the WHERE clause
 * drops a snapshot older than the stored one (redelivery after a newer one, or replay).
 */
export const menuReadModelHandlers: EventHandlers = {
  'menu.restaurant.changed': async (event, manager) => {
    const r = event.data;
    await manager.query(
      `INSERT INTO restaurant_snapshots
         (id, revision, owner_id, name, status, accepting_orders, opening_hours, time_zone, city, currency, delivery_fee, minimum_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, $11, $12)
       ON CONFLICT (id) DO UPDATE SET
         revision = EXCLUDED.revision, owner_id = EXCLUDED.owner_id, name = EXCLUDED.name, status = EXCLUDED.status,
         accepting_orders = EXCLUDED.accepting_orders, opening_hours = EXCLUDED.opening_hours, time_zone = EXCLUDED.time_zone,
         city = EXCLUDED.city, currency = EXCLUDED.currency, delivery_fee = EXCLUDED.delivery_fee, minimum_order = EXCLUDED.minimum_order
       WHERE restaurant_snapshots.revision < EXCLUDED.revision`,
      [
        r.restaurantId,
        r.revision,
        r.ownerId,
        r.name,
        r.status,
        r.acceptingOrders,
        JSON.stringify(r.openingHours),
        r.timeZone,
        r.address.city,
        r.currency,
        r.deliveryFee,
        r.minimumOrder,
      ],
    );
  },
  'menu.item.changed': async (event, manager) => {
    const i = event.data;
    await manager.query(
      `INSERT INTO menu_item_snapshots (id, revision, restaurant_id, name, price, currency, available, deleted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (id) DO UPDATE SET
         revision = EXCLUDED.revision, restaurant_id = EXCLUDED.restaurant_id, name = EXCLUDED.name, price = EXCLUDED.price,
         currency = EXCLUDED.currency, available = EXCLUDED.available, deleted = EXCLUDED.deleted
       WHERE menu_item_snapshots.revision < EXCLUDED.revision`,
      [i.itemId, i.revision, i.restaurantId, i.name, i.price, i.currency, i.available, i.deleted],
    );
  },
};
