import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '../domain/notification-kind';

/** One notification in a user's inbox. */
@Entity('notifications')
export class NotificationEntity {
  /** UUIDv7, so newest first is simply the largest id. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'recipient_id' })
  recipientId!: string;

  @Column('text')
  kind!: NotificationKind;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  @Column('uuid', { name: 'restaurant_id', nullable: true })
  restaurantId!: string | null;

  /** The event that caused it; unique with recipient and kind, so a redelivery adds nothing. */
  @Column('uuid', { name: 'source_event_id' })
  sourceEventId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt!: Date | null;
}
