import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Every payment notification the provider sent, once: the unique (provider, event id) makes a
 * re-delivered webhook a no-op, and the rows are the audit trail of what the provider said.
 */
@Entity('payment_notifications')
export class PaymentNotificationEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  provider!: string;

  @Column('text', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'provider_reference' })
  providerReference!: string;

  /** The order the reference belongs to; null when no order has it. */
  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  /** PAID or FAILED, as the provider reported. */
  @Column('text')
  outcome!: string;

  @Column('integer')
  amount!: number;

  @Column('text')
  currency!: string;

  /** What the saga did with it: APPLIED, IGNORED (and why) or REFUND_SCHEDULED. */
  @Column('text')
  result!: string;

  @Column('timestamptz', { name: 'occurred_at' })
  occurredAt!: Date;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;
}
