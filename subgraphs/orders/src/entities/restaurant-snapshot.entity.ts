import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OpeningWindow } from '../domain/opening-hours';

/**
 * The orders read model of a restaurant, kept from `menu.restaurant.changed`. It answers
 * "may this be ordered now, at what fee" and "who owns it" without asking menu.
 */
@Entity('restaurant_snapshots')
export class RestaurantSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The menu's revision of this snapshot; older ones are ignored. */
  @Column('integer')
  revision!: number;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('text')
  name!: string;

  @Column('text')
  status!: 'PENDING_APPROVAL' | 'ACTIVE' | 'SUSPENDED';

  @Column('boolean', { name: 'accepting_orders' })
  acceptingOrders!: boolean;

  @Column('jsonb', { name: 'opening_hours' })
  openingHours!: OpeningWindow[];

  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @Column('text')
  city!: string;

  @Column('text')
  currency!: string;

  @Column('integer', { name: 'delivery_fee' })
  deliveryFee!: number;

  @Column('integer', { name: 'minimum_order' })
  minimumOrder!: number;
}
