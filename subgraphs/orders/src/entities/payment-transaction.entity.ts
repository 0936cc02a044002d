import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of the payment log: every call to the payment provider (create, refund, cancel —
 * failed ones too) and every webhook (paid, failed, and the ones refused). Append-only; the
 * restaurant's owner and admins read an order's entries as `Payment.transactions` (by the
 * (order_id, at) index of the migration).
 */
@Entity('payment_transactions')
export class PaymentTransactionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** The order it concerns; null when none could be told (a refused webhook). */
  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  /** The provider's name, e.g. `sandbox` or `mercadopago`. */
  @Column('text')
  provider!: string;

  /** create, paid, failed, refund, cancel, webhook-rejected, webhook-ignored. */
  @Column('text')
  kind!: string;

  /** How it went: PENDING, APPLIED, REFUNDED, ERROR, 401… (see `payment-transactions.ts`). */
  @Column('text')
  status!: string;

  /** Minor units; 0 when the entry moved no money. */
  @Column('integer')
  amount!: number;

  @Column('text')
  currency!: string;

  /** The provider's id of the payment or refund. */
  @Column('text', { name: 'provider_reference', nullable: true })
  providerReference!: string | null;

  /** Why, for errors and refusals. */
  @Column('text', { nullable: true })
  detail!: string | null;

  @Column('timestamptz')
  at!: Date;
}
