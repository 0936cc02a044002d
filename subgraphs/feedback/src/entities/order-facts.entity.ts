import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The read model that decides who may review what, kept from `orders.order.placed`,
 * `orders.order.status_changed` and `delivery.delivery.delivered`. Those come from two
 * streams in no mutual order, so a row may be created by either and every column fills in
 * as its event arrives.
 */
@Entity('order_facts')
export class OrderFactsEntity {
  @PrimaryColumn('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId!: string | null;

  @Column('uuid', { name: 'restaurant_id', nullable: true })
  restaurantId!: string | null;

  @Column('text', { nullable: true })
  status!: string | null;

  @Column('timestamptz', { name: 'delivered_at', nullable: true })
  deliveredAt!: Date | null;

  @Column('uuid', { name: 'courier_id', nullable: true })
  courierId!: string | null;

  @Column('uuid', { name: 'courier_user_id', nullable: true })
  courierUserId!: string | null;

  /** The order's correlation id (from its events); a review is submitted under it. */
  @Column('text', { name: 'correlation_id', nullable: true })
  correlationId!: string | null;
}
