import type { EventData } from '@foodgraph/events';
import type { EntityManager } from 'typeorm';

/** The read model behind "may this user reply to this restaurant's reviews": each restaurant's owner. */
export class RestaurantOwnersService {
  /** Records the owner of a `menu.restaurant.changed` snapshot, in the consumer's transaction. */
  async recordSnapshot(manager: EntityManager, snapshot: EventData<'menu.restaurant.changed'>): Promise<void> {
    // Snapshots carry a revision; the guard drops one older than what is stored.
    await manager.query(
      `INSERT INTO restaurant_owners (restaurant_id, owner_id, revision) VALUES ($1, $2, $3)
       ON CONFLICT (restaurant_id) DO UPDATE SET owner_id = EXCLUDED.owner_id, revision = EXCLUDED.revision
       WHERE restaurant_owners.revision < EXCLUDED.revision`,
      [snapshot.restaurantId, snapshot.ownerId, snapshot.revision],
    );
  }
}
