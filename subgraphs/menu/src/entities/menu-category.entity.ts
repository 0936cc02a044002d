import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A section of a restaurant's menu ("Starters"), shown in `position` order. */
@Entity('menu_categories')
export class MenuCategoryEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('text')
  name!: string;

  /** Lower comes first; ties are broken by creation order (id). */
  @Column('integer')
  position!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}
