import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The orders read model of a menu item, kept from `menu.item.changed`. */
@Entity('menu_item_snapshots')
export class MenuItemSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('integer')
  revision!: number;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('text')
  name!: string;

  @Column('integer')
  price!: number;

  @Column('text')
  currency!: string;

  @Column('boolean')
  available!: boolean;

  @Column('boolean')
  deleted!: boolean;
}
