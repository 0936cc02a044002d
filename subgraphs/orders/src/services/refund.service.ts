import type { Logger } from '@foodgraph/platform/logging';
import type { ChangeOrigin, Emit } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { EntityManager } from 'typeorm';
import { PaymentStatus } from '../domain/order-status';
import type { OrderEntity } from '../entities/order.entity';
import { paymentRefunded } from '../events/order-events';
import type { PaymentProvider, RefundRequest, RefundResult } from '../payments/payment-provider';
import { writeOrder } from './order-queries';
import { recordFailedCall, recordTransaction, TransactionKind } from './payment-transactions';

/**
 * Giving money back through the provider when a REFUND deadline falls due: the payment of an
 * order closed after it was paid, or a late payment of a QR code a lines change replaced (both
 * scheduled by `PaymentService` when the notification arrives). Each step runs in the deadline
 * poller's transaction, on the locked order.
 */
export class RefundService {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Refunds a paid order through its provider (a REFUND deadline firing). The key makes a
   * retry after a crash refund once; the order is marked REFUNDED and `orders.payment.refunded`
   * is emitted in the same transaction, so the event exists exactly when the refund is recorded
   * (a deadline processed again finds the payment REFUNDED and emits nothing).
   */
  async refund(
    manager: EntityManager,
    order: OrderEntity,
    paymentReference: string | null,
    origin: ChangeOrigin,
    emit: Emit,
  ): Promise<'FIRED' | 'OBSOLETE'> {
    if (paymentReference !== null) return this.refundSuperseded(manager, order, paymentReference, origin, emit);
    const reference = order.paymentReference;
    if (order.paymentStatus !== PaymentStatus.Paid || !reference) return 'OBSOLETE';
    const refunded = await this.refundThroughProvider(manager, {
      idempotencyKey: `refund:${order.id}:${reference}`,
      orderId: order.id,
      providerReference: reference,
      amount: order.total,
      currency: order.currency,
      reason: order.statusReason ?? 'Order closed',
    });
    const at = this.clock();
    order.paymentStatus = PaymentStatus.Refunded;
    order.refundedAt = at;
    order.refundReference = refunded.refundReference;
    order.updatedAt = at;
    await writeOrder(manager, order);
    await this.recordRefund(manager, order.id, order.total, order.currency, refunded.refundReference, at);
    emit(
      paymentRefunded(
        order,
        {
          paymentReference: reference,
          refundReference: refunded.refundReference,
          amount: order.total,
          currency: order.currency,
          superseded: false,
        },
        at,
        origin,
      ),
    );
    this.logger.info(
      { orderId: order.id, number: order.number, refundReference: refunded.refundReference, correlationId: order.correlationId },
      `order ${order.number} refunded`,
    );
    return 'FIRED';
  }

  /**
   * Refunds a superseded payment the customer paid after all (see
   * `PaymentService.settleSuperseded`). It emits `orders.payment.refunded` with `superseded: true`:
   * the customer got money back, though the order's own payment (and so what its watchers see)
   * did not change.
   */
  private async refundSuperseded(
    manager: EntityManager,
    order: OrderEntity,
    reference: string,
    origin: ChangeOrigin,
    emit: Emit,
  ): Promise<'FIRED' | 'OBSOLETE'> {
    const [old] = await manager.query<Array<{ amount: number; currency: string; paid_at: Date | null; refunded_at: Date | null }>>(
      'SELECT amount, currency, paid_at, refunded_at FROM superseded_payments WHERE provider = $1 AND reference = $2 FOR UPDATE',
      [this.provider.name, reference],
    );
    if (!old?.paid_at || old.refunded_at) return 'OBSOLETE';
    const refunded = await this.refundThroughProvider(manager, {
      idempotencyKey: `refund:${order.id}:${reference}`,
      orderId: order.id,
      providerReference: reference,
      amount: old.amount,
      currency: old.currency,
      reason: 'The order changed after this payment was started',
    });
    const at = this.clock();
    await manager.query('UPDATE superseded_payments SET refunded_at = $3, refund_reference = $4 WHERE provider = $1 AND reference = $2', [
      this.provider.name,
      reference,
      at,
      refunded.refundReference,
    ]);
    await this.recordRefund(manager, order.id, old.amount, old.currency, refunded.refundReference, at);
    emit(
      paymentRefunded(
        order,
        {
          paymentReference: reference,
          refundReference: refunded.refundReference,
          amount: old.amount,
          currency: old.currency,
          superseded: true,
        },
        at,
        origin,
      ),
    );
    this.logger.info(
      { orderId: order.id, number: order.number, reference, correlationId: order.correlationId },
      `superseded payment of order ${order.number} refunded`,
    );
    return 'FIRED';
  }

  /**
   * The provider's refund; a failure is logged (the REFUND deadline fires again later). The
   * manager's data source writes the entry outside the deadline's transaction, which rolls back.
   */
  private async refundThroughProvider(manager: EntityManager, request: RefundRequest & { orderId: string }): Promise<RefundResult> {
    try {
      return await this.provider.refund(request);
    } catch (error) {
      const attempt = {
        orderId: request.orderId,
        provider: this.provider.name,
        kind: TransactionKind.Refund,
        amount: request.amount,
        currency: request.currency,
        providerReference: request.providerReference,
        at: this.clock(),
      };
      recordFailedCall(manager.connection, attempt, error, this.logger);
      throw error;
    }
  }

  /** The refund's entry in the payment log, in the deadline's transaction (so once per refund). */
  private recordRefund(manager: EntityManager, orderId: string, amount: number, currency: string, reference: string, at: Date) {
    return recordTransaction(manager, {
      orderId,
      provider: this.provider.name,
      kind: TransactionKind.Refund,
      status: PaymentStatus.Refunded,
      amount,
      currency,
      providerReference: reference,
      at,
    });
  }
}
