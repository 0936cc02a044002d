import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ActorKind, OrderStatus } from '../domain/order-status';

/** One entry of an order's history: every transition, with who, when and why. */
@Entity('order_status_changes')
export class OrderStatusChangeEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /**
   * Insertion order: history reads by it, because two transitions can share a millisecond
   * (and UUIDv7s within one millisecond are not ordered).
   */
  @Column({ type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  /** Null for the first entry (the order was created in PENDING). */
  @Column('text', { name: 'from_status', nullable: true })
  fromStatus!: OrderStatus | null;

  @Column('text')
  status!: OrderStatus;

  @Column('timestamptz')
  at!: Date;

  @Column('text', { name: 'actor_kind' })
  actorKind!: ActorKind;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text', { nullable: true })
  reason!: string | null;
}
