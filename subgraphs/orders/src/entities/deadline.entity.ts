import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a deadline does when it is due:
 * - PAYMENT_TIMEOUT: an AWAITING_PAYMENT order becomes CANCELLED;
 * - ACCEPT_TIMEOUT: a PLACED order becomes REJECTED (with a refund);
 * - REFUND: refunds a paid order through its provider. Refunds are deadlines due at once so
 *   that a crash between the cancellation and the provider call cannot lose them;
 * - SCHEDULED_RELEASE: a SCHEDULED order enters the kitchen (PLACED) at scheduledFor − lead time.
 */
export const DeadlineKind = {
  PaymentTimeout: 'PAYMENT_TIMEOUT',
  AcceptTimeout: 'ACCEPT_TIMEOUT',
  Refund: 'REFUND',
  ScheduledRelease: 'SCHEDULED_RELEASE',
} as const;
export type DeadlineKind = (typeof DeadlineKind)[keyof typeof DeadlineKind];

/**
 * A durable timer. Pollers of every replica claim due rows with `FOR UPDATE SKIP LOCKED`, so
 * each fires once; being rows, they survive restarts.
 */
@Entity('deadlines')
export class DeadlineEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @Column('text')
  kind!: DeadlineKind;

  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  /** Set once handled (fired, or made obsolete by an earlier transition). */
  @Column('timestamptz', { name: 'fired_at', nullable: true })
  firedAt!: Date | null;

  /** FIRED, OBSOLETE, or the failure that made the poller give up. */
  @Column('text', { nullable: true })
  outcome!: string | null;

  /** Failed attempts so far (a provider being down); the next try backs off. */
  @Column('integer')
  attempts!: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError!: string | null;

  /** REFUND of a superseded payment (an old QR paid after a lines change); null = the order's own. */
  @Column('text', { name: 'payment_reference', nullable: true })
  paymentReference!: string | null;
}
