import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Who owns a restaurant (and so may reply to its reviews), kept from `menu.restaurant.changed`. */
@Entity('restaurant_owners')
export class RestaurantOwnerEntity {
  @PrimaryColumn('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** The menu's revision of this snapshot; older ones are ignored. */
  @Column('integer')
  revision!: number;
}
