import type { Identity } from '@foodgraph/platform/auth';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { PaymentTransactionEntity } from '../entities/payment-transaction.entity';
import { assertCanReadPaymentTransactions } from './access';

/** What a payment log entry records (`PaymentTransaction.kind`). */
export const TransactionKind = {
  /** A QR payment created at the provider. */
  Create: 'create',
  /** The provider reported the payment paid (status: what the saga did with it). */
  Paid: 'paid',
  /** The provider reported the payment failed. */
  Failed: 'failed',
  /** Money given back through the provider. */
  Refund: 'refund',
  /** An unpaid payment voided at the provider. */
  Cancel: 'cancel',
  /** A webhook call refused (bad signature, malformed, provider unreachable). */
  WebhookRejected: 'webhook-rejected',
  /** An authentic webhook with nothing to apply (a payment still in process, another topic). */
  WebhookIgnored: 'webhook-ignored',
} as const;
export type TransactionKind = (typeof TransactionKind)[keyof typeof TransactionKind];

export interface TransactionEntry {
  orderId: string | null;
  provider: string;
  kind: TransactionKind;
  /** PENDING (created), a `NotificationResult` (paid/failed), REFUNDED, CANCELLED, ERROR, an HTTP status (refused). */
  status: string;
  amount: number;
  currency: string;
  providerReference: string | null;
  detail?: string | null;
  at: Date;
}

/**
 * Appends an entry in the caller's transaction, so it exists exactly when what it records
 * committed (the payment stored on the order, the notification applied, the refund marked).
 */
export async function recordTransaction(manager: EntityManager, entry: TransactionEntry): Promise<void> {
  await manager.insert(PaymentTransactionEntity, {
    id: uuidv7(),
    orderId: entry.orderId,
    provider: entry.provider,
    kind: entry.kind,
    status: entry.status,
    amount: entry.amount,
    currency: entry.currency,
    providerReference: entry.providerReference,
    detail: entry.detail?.slice(0, 500) ?? null,
    at: entry.at,
  });
}

/**
 * A provider call that failed. The caller's transaction rolls back with the error, so the entry
 * is written outside it; and without waiting, since the caller holds one of the pool's
 * connections and must not wait for another to free up.
 */
export function recordFailedCall(
  dataSource: DataSource,
  entry: Omit<TransactionEntry, 'status' | 'detail'>,
  error: unknown,
  logger: Logger,
): void {
  const detail = error instanceof Error ? error.message : String(error);
  recordTransaction(dataSource.manager, { ...entry, status: 'ERROR', detail }).catch((failure: unknown) =>
    logger.warn({ err: failure, kind: entry.kind, orderId: entry.orderId }, 'could not record a failed provider call in the payment log'),
  );
}

/** An order's entries, oldest first, per order id (the loader behind `Payment.transactions`). */
export async function transactionsOf(
  manager: EntityManager,
  orderIds: readonly string[],
): Promise<Map<string, PaymentTransactionEntity[]>> {
  const rows =
    orderIds.length === 0
      ? []
      : await manager.find(PaymentTransactionEntity, { where: { orderId: In([...orderIds]) }, order: { at: 'ASC', id: 'ASC' } });
  const byOrder = new Map<string, PaymentTransactionEntity[]>();
  for (const row of rows) byOrder.set(row.orderId!, [...(byOrder.get(row.orderId!) ?? []), row]);
  return byOrder;
}

/** The order a payment reference belongs to, current or superseded, with the amount it was for. */
export async function orderOfReference(
  manager: EntityManager,
  provider: string,
  reference: string,
): Promise<{ orderId: string; amount: number; currency: string } | null> {
  const [row] = await manager.query<Array<{ order_id: string; amount: number; currency: string }>>(
    `SELECT id AS order_id, total AS amount, currency FROM orders WHERE payment_provider = $1 AND payment_reference = $2
     UNION ALL
     SELECT order_id, amount, currency FROM superseded_payments WHERE provider = $1 AND reference = $2
     LIMIT 1`,
    [provider, reference],
  );
  return row ? { orderId: row.order_id, amount: row.amount, currency: row.currency } : null;
}

/**
 * The payment log outside the saga's transactions: refused webhooks (recorded on their own,
 * since nothing else is written for them) and reading an order's entries.
 */
export class PaymentTransactionLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly provider: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** A webhook call that was refused or had nothing to apply; never fails the caller. */
  async recordWebhook(kind: 'webhook-rejected' | 'webhook-ignored', status: string, detail: string): Promise<void> {
    try {
      await recordTransaction(this.dataSource.manager, {
        orderId: null,
        provider: this.provider,
        kind,
        status,
        amount: 0,
        currency: 'XXX',
        providerReference: null,
        detail,
        at: this.clock(),
      });
    } catch (error) {
      this.logger.warn({ err: error, kind, detail }, 'could not record a payment webhook in the payment log');
    }
  }

  /**
   * `Payment.transactions`: the restaurant's owner and admins (FORBIDDEN for everyone else,
   * the order's customer included: the log names provider errors and refusals).
   */
  async transactionsFor(identity: Identity, orderId: string, ownerId: string | null): Promise<PaymentTransactionEntity[]> {
    assertCanReadPaymentTransactions(identity, ownerId);
    return (await transactionsOf(this.dataSource.manager, [orderId])).get(orderId) ?? [];
  }
}
