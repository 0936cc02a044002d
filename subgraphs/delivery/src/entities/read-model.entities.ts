import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StoredAddress } from './delivery.entity';

/*
 * Local copies of other subgraphs' data that delivery needs to validate writes and decide
 * who may see what, kept from their events (architecture §1: no calls between subgraphs).
 */

/** Users from `users.user.registered`: couriers may only be created for COURIER accounts. */
@Entity('user_snapshots')
export class UserSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  role!: string;
}

/** Restaurants from `menu.restaurant.changed`: the pick-up address and the owner. */
@Entity('restaurant_snapshots')
export class RestaurantSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('integer')
  revision!: number;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @Column('text')
  name!: string;

  @Column('jsonb')
  address!: StoredAddress;
}

/** Orders from `orders.order.placed` / `status_changed`: the drop-off and the order's status. */
@Entity('order_snapshots')
export class OrderSnapshotEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'customer_id' })
  customerId!: string;

  @Column('uuid', { name: 'restaurant_id' })
  restaurantId!: string;

  @Column('jsonb')
  dropoff!: StoredAddress;

  @Column('text')
  status!: string;

  /** DELIVERY, or PICKUP: collected at the counter, so no delivery is created for it. */
  @Column('text')
  fulfilment!: 'DELIVERY' | 'PICKUP';

  /** The customer's tip for the courier, in minor units (0 without one). */
  @Column('integer')
  tip!: number;

  /** When the kitchen expects it ready (from the acceptance); null when unknown. */
  @Column('timestamptz', { name: 'ready_at', nullable: true })
  readyAt!: Date | null;
}

/** Courier ratings from `feedback.review.submitted` / `moderated`, for the rating bonus. */
@Entity('courier_ratings')
export class CourierRatingEntity {
  @PrimaryColumn('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'review_id' })
  reviewId!: string;

  @Column('integer')
  rating!: number;

  /** Hidden by a moderator: it no longer counts. */
  @Column('boolean')
  hidden!: boolean;
}
