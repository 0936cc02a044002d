import type { EventData } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';
import type { OrderFacts } from '../domain/delivery-notifications';
import type { RestaurantAudience } from '../domain/order-notifications';

type RestaurantStatus = EventData<'menu.restaurant.changed'>['status'];

/**
 * The read models behind "who is told": users (role and e-mail), restaurants (owner, status,
 * staff) and orders (customer, restaurant, number), each kept from its owner's events, minimal
 * on purpose. Every method runs in the consumer's transaction.
 */
export class ReadModelsService {
  /** Remembers a new account's role and e-mail (null for guests and accounts without one). */
  async recordUser(manager: EntityManager, user: EventData<'users.user.registered'>): Promise<void> {
    await manager.query(
      `INSERT INTO recipients (user_id, email, role) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email, role = EXCLUDED.role`,
      [user.userId, user.isGuest ? null : user.email, user.role],
    );
  }

  /**
   * Stores a restaurant snapshot and answers the status it replaced: null for a restaurant first
   * seen, `'stale'` for a snapshot older than the stored one (which then changes nothing).
   */
  async recordRestaurant(
    manager: EntityManager,
    snapshot: EventData<'menu.restaurant.changed'>,
  ): Promise<{ previous: RestaurantStatus | null } | 'stale'> {
    // The row lock makes "what was it before" and "store the new one" one step across replicas.
    const [row] = await manager.query<Array<{ status: RestaurantStatus; revision: number }>>(
      `SELECT status, revision FROM restaurant_audiences WHERE restaurant_id = $1 FOR UPDATE`,
      [snapshot.restaurantId],
    );
    if (row && row.revision >= snapshot.revision) return 'stale';
    await manager.query(
      `INSERT INTO restaurant_audiences (restaurant_id, owner_id, status, revision) VALUES ($1, $2, $3, $4)
       ON CONFLICT (restaurant_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, revision = EXCLUDED.revision`,
      [snapshot.restaurantId, snapshot.ownerId, snapshot.status, snapshot.revision],
    );
    return { previous: row?.status ?? null };
  }

  /** Remembers whose order it is; every orders event that names the customer may write it. */
  async recordOrder(manager: EntityManager, orderId: string, facts: OrderFacts): Promise<void> {
    await manager.query(
      `INSERT INTO order_facts (order_id, customer_id, restaurant_id, number) VALUES ($1, $2, $3, $4) ON CONFLICT (order_id) DO NOTHING`,
      [orderId, facts.customerId, facts.restaurantId, facts.number],
    );
  }

  /**
   * A staff membership as users announced it (`active` false once removed), for "staff hear of
   * new orders at their restaurants". The newest revision of each (restaurant, user) wins.
   */
  async recordStaff(
    manager: EntityManager,
    membership: { restaurantId: string; userId: string; revision: number },
    active: boolean,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO restaurant_staff (restaurant_id, user_id, revision, active) VALUES ($1, $2, $3, $4)
       ON CONFLICT (restaurant_id, user_id) DO UPDATE SET revision = EXCLUDED.revision, active = EXCLUDED.active
       WHERE restaurant_staff.revision < EXCLUDED.revision`,
      [membership.restaurantId, membership.userId, membership.revision, active],
    );
  }

  async orderFacts(manager: EntityManager, orderId: string): Promise<OrderFacts | null> {
    const [row] = await manager.query<OrderFacts[]>(
      `SELECT customer_id AS "customerId", restaurant_id AS "restaurantId", number FROM order_facts WHERE order_id = $1`,
      [orderId],
    );
    return row ?? null;
  }

  /** The restaurant's owner (null while menu's snapshot has not arrived) and its staff. */
  async restaurantAudience(manager: EntityManager, restaurantId: string): Promise<RestaurantAudience> {
    const [owner] = await manager.query<Array<{ ownerId: string }>>(
      `SELECT owner_id AS "ownerId" FROM restaurant_audiences WHERE restaurant_id = $1`,
      [restaurantId],
    );
    const staff = await manager.query<Array<{ userId: string }>>(
      `SELECT user_id AS "userId" FROM restaurant_staff WHERE restaurant_id = $1 AND active ORDER BY user_id`,
      [restaurantId],
    );
    return { ownerId: owner?.ownerId ?? null, staffIds: staff.map((s) => s.userId) };
  }

  async restaurantOwner(manager: EntityManager, restaurantId: string): Promise<string | null> {
    return (await this.restaurantAudience(manager, restaurantId)).ownerId;
  }

  /** Every admin the users events announced. */
  async adminIds(manager: EntityManager): Promise<string[]> {
    const rows = await manager.query<
      Array<{
        userId: string;
      }>
    >(`SELECT user_id AS "userId" FROM recipients WHERE role = 'ADMIN' ORDER BY user_id`);
    return rows.map((r) => r.userId);
  }
}
