import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Who owns a restaurant, copied from menu's `menu.restaurant.changed`: the one fact of menu's
 * that adding kitchen staff checks. An owner never changes, so no revision is kept.
 */
@Entity({ name: 'restaurant_owners' })
export class RestaurantOwnerEntity {
  @PrimaryColumn('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;
}
