import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A dish. Deleting one only stamps `deletedAt`: past orders keep referring to it through
 * federation, so the row must stay resolvable; menus and lookups by id skip it.
 */
@Entity('menu_items')
export class MenuItemEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  /** Null when the item sits in no category. */
  @Column('uuid', { name: 'category_id', nullable: true })
  categoryId!: string | null;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  /** Minor units of `currency`, always > 0. */
  @Column('integer')
  price!: number;

  /** Copied from the restaurant, whose currency never changes, so reads need no join. */
  @Column('text')
  currency!: string;

  /** The owner's switch; the item is orderable only when this is on and stock is not 0. */
  @Column('boolean')
  available!: boolean;

  /** Left today; null = unlimited. */
  @Column('integer', { nullable: true })
  stock!: number | null;

  @Column('text', { array: true })
  tags!: string[];

  /** Incremented on every change; carried in `menu.item.changed` snapshots. */
  @Column('integer')
  revision!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;

  @Column('timestamptz', { name: 'deleted_at', nullable: true })
  deletedAt!: Date | null;
}
