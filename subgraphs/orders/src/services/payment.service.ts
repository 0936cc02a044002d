import type { Identity } from '@foodgraph/platform/auth';
import { InvalidStateTransitionError, NotFoundError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Logger } from '@foodgraph/platform/logging';
import { withOutbox, type ChangeOrigin, type Emit, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { OrderStatus, PaymentStatus, SYSTEM_ACTOR } from '../domain/order-status';
import { DeadlineKind } from '../entities/deadline.entity';
import { OrderEntity } from '../entities/order.entity';
import type { PaymentNotification, PaymentProvider } from '../payments/payment-provider';
import { canSimulate } from '../payments/payment-provider';
import { assertCanConfirmSandboxPayment } from './access';
import { scheduleDeadline } from './deadline-schedule';
import { findOrder, writeOrder } from './order-queries';
import { originOfOrderCommand } from './order-origin';
import type { OrderTransitionsService } from './order-transitions.service';
import { findRestaurant } from './menu-read-model';
import { orderOfReference, recordFailedCall, recordTransaction, TransactionKind } from './payment-transactions';

/** What became of a payment notification. */
export type NotificationResult =
  'APPLIED' | 'DUPLICATE' | 'UNKNOWN_REFERENCE' | 'ALREADY_SETTLED' | 'AMOUNT_MISMATCH' | 'REFUND_SCHEDULED' | 'IGNORED';

/**
 * Payments of the saga: creating the provider's QR payment once stock is reserved, applying
 * what the provider reports (webhooks, or the sandbox's simulated payment), and retiring a
 * payment whose amount changed. What was paid and must go back is `RefundService`'s.
 */
export class PaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly provider: PaymentProvider,
    private readonly transitions: OrderTransitionsService,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  get providerName(): string {
    return this.provider.name;
  }

  /**
   * Creates the QR payment of an order whose stock was just reserved and stores it on the
   * order. The idempotency key is the order and its stock version, so a redelivered
   * `menu.stock.reserved` (or a retry after a crash) gets the same payment back.
   */
  async createPayment(manager: EntityManager, order: OrderEntity, expiresAt: Date): Promise<void> {
    const restaurant = await findRestaurant(manager, order.restaurantId);
    const attempt = {
      orderId: order.id,
      provider: this.provider.name,
      kind: TransactionKind.Create,
      amount: order.total,
      currency: order.currency,
      providerReference: null,
      at: this.clock(),
    };
    const created = await this.provider
      .createPayment({
        idempotencyKey: `${order.id}:${order.stockVersion}`,
        orderId: order.id,
        orderNumber: order.number,
        amount: order.total,
        currency: order.currency,
        merchantName: restaurant?.name ?? 'foodgraph',
        merchantCity: restaurant?.city ?? 'foodgraph',
        expiresAt,
      })
      .catch((error: unknown) => {
        // The saga retries the step (its event is redelivered); the log keeps the failed try.
        recordFailedCall(this.dataSource, attempt, error, this.logger);
        throw error;
      });
    order.paymentProvider = this.provider.name;
    order.paymentReference = created.providerReference;
    order.paymentQr = created.qrPayload;
    order.paymentStatus = PaymentStatus.Pending;
    await recordTransaction(manager, { ...attempt, status: PaymentStatus.Pending, providerReference: created.providerReference });
  }

  /**
   * Applies one notification exactly once. The (provider, event id) row makes a repeated
   * delivery a no-op; the payment's own state makes a second "paid" for the same reference one
   * too. A payment that arrives after the order was closed (cancelled while the customer was
   * paying) is accepted and refunded straight away.
   */
  async applyNotification(
    notification: PaymentNotification,
    origin: ChangeOrigin,
  ): Promise<{ result: NotificationResult; orderId: string | null }> {
    const receivedAt = this.clock();
    return withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
      const claimed = await manager.query<Array<{ id: string }>>(
        `INSERT INTO payment_notifications (id, provider, event_id, provider_reference, outcome, amount, currency, result, occurred_at, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'RECEIVED', $8, $9) ON CONFLICT (provider, event_id) DO NOTHING RETURNING id`,
        [
          uuidv7(),
          this.provider.name,
          notification.eventId,
          notification.providerReference,
          notification.outcome,
          notification.amount,
          notification.currency,
          notification.occurredAt,
          receivedAt,
        ],
      );
      if (claimed.length === 0) return { result: 'DUPLICATE' as const, orderId: null };
      const order = await manager.findOne(OrderEntity, {
        where: { paymentProvider: this.provider.name, paymentReference: notification.providerReference },
        lock: { mode: 'pessimistic_write' },
      });
      // What a payment changes belongs to the order's journey: its correlation id, not the
      // webhook's or the sandbox request's (kept in the line as `requestId`).
      const command = order ? originOfOrderCommand(order, origin) : null;
      const { result, orderId } =
        order && command
          ? { result: await this.settle(manager, order, notification, receivedAt, command.origin, emit), orderId: order.id }
          : await this.settleSuperseded(manager, notification, receivedAt);
      await manager.query('UPDATE payment_notifications SET result = $2, order_id = $3 WHERE id = $1', [claimed[0].id, result, orderId]);
      // A DUPLICATE returned above: the first delivery of a notification is its log entry.
      await recordTransaction(manager, {
        orderId,
        provider: this.provider.name,
        kind: notification.outcome === 'PAID' ? TransactionKind.Paid : TransactionKind.Failed,
        status: result,
        amount: notification.amount,
        currency: notification.currency,
        providerReference: notification.providerReference,
        detail: `notification ${notification.eventId}`,
        at: receivedAt,
      });
      this.logger.info(
        {
          orderId,
          number: order?.number,
          eventId: notification.eventId,
          outcome: notification.outcome,
          result,
          correlationId: command?.origin.correlationId ?? origin.correlationId,
          requestId: origin.correlationId,
        },
        'payment notification',
      );
      return { result, orderId };
    });
  }

  private async settle(
    manager: EntityManager,
    order: OrderEntity,
    n: PaymentNotification,
    at: Date,
    origin: ChangeOrigin,
    emit: Emit,
  ): Promise<NotificationResult> {
    if (order.paymentStatus === PaymentStatus.Paid || order.paymentStatus === PaymentStatus.Refunded) return 'ALREADY_SETTLED';
    if (n.outcome === 'FAILED') {
      if (order.status !== OrderStatus.AwaitingPayment) return 'IGNORED';
      await this.transitions.apply(
        manager,
        order,
        { to: OrderStatus.Cancelled, actor: SYSTEM_ACTOR, at, origin, reason: 'The payment failed' },
        emit,
      );
      return 'APPLIED';
    }
    if (n.amount !== order.total || n.currency !== order.currency) {
      this.logger.warn(
        { orderId: order.id, expected: order.total, got: n.amount, currency: n.currency },
        'payment amount does not match the order; not applied',
      );
      return 'AMOUNT_MISMATCH';
    }
    const markPaid = (o: OrderEntity) => {
      o.paymentStatus = PaymentStatus.Paid;
      o.paidAt = at;
    };
    if (order.status === OrderStatus.AwaitingPayment) {
      await this.transitions.apply(
        manager,
        order,
        { to: OrderStatus.Placed, actor: SYSTEM_ACTOR, at, origin, reason: 'Payment received', change: markPaid },
        emit,
      );
      return 'APPLIED';
    }
    // The order was closed while the customer paid: take the money, then give it back.
    markPaid(order);
    order.updatedAt = at;
    await writeOrder(manager, order);
    await scheduleDeadline(manager, order.id, DeadlineKind.Refund, at);
    return 'REFUND_SCHEDULED';
  }

  /**
   * A notification for a payment a lines change replaced: the customer paid the old QR code.
   * The money is taken and a REFUND of exactly that payment is scheduled.
   */
  private async settleSuperseded(
    manager: EntityManager,
    n: PaymentNotification,
    at: Date,
  ): Promise<{ result: NotificationResult; orderId: string | null }> {
    const [old] = await manager.query<Array<{ order_id: string; amount: number; currency: string; paid_at: Date | null }>>(
      'SELECT order_id, amount, currency, paid_at FROM superseded_payments WHERE provider = $1 AND reference = $2 FOR UPDATE',
      [this.provider.name, n.providerReference],
    );
    if (!old) return { result: 'UNKNOWN_REFERENCE', orderId: null };
    if (old.paid_at) return { result: 'ALREADY_SETTLED', orderId: old.order_id };
    if (n.outcome === 'FAILED') return { result: 'IGNORED', orderId: old.order_id };
    if (n.amount !== old.amount || n.currency !== old.currency) return { result: 'AMOUNT_MISMATCH', orderId: old.order_id };
    await manager.query('UPDATE superseded_payments SET paid_at = $3 WHERE provider = $1 AND reference = $2', [
      this.provider.name,
      n.providerReference,
      at,
    ]);
    await scheduleDeadline(manager, old.order_id, DeadlineKind.Refund, at, n.providerReference);
    return { result: 'REFUND_SCHEDULED', orderId: old.order_id };
  }

  /**
   * Retires the order's unpaid payment before its amount changes: the reference is kept (a
   * late payment of the old QR is recognised and refunded) and the order waits for a new one.
   * Returns the retired reference so the caller can void it at the provider after commit.
   */
  async supersede(manager: EntityManager, order: OrderEntity, at: Date): Promise<string | null> {
    const reference = order.paymentReference;
    if (reference && order.paymentProvider) {
      await manager.query(
        'INSERT INTO superseded_payments (provider, reference, order_id, amount, currency, superseded_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [order.paymentProvider, reference, order.id, order.total, order.currency, at],
      );
    }
    order.paymentProvider = null;
    order.paymentReference = null;
    order.paymentQr = null;
    return reference;
  }

  /** Voids a retired payment at the provider; best effort, since a late payment is refunded anyway. */
  async voidQuietly(reference: string): Promise<void> {
    let outcome: { status: string; detail: string | null } = { status: 'CANCELLED', detail: null };
    try {
      await this.provider.cancelPayment(reference);
    } catch (error) {
      this.logger.warn({ err: error, reference }, 'voiding a superseded payment failed; a late payment of it will be refunded');
      outcome = { status: 'ERROR', detail: error instanceof Error ? error.message : String(error) };
    }
    try {
      const manager = this.dataSource.manager;
      const of = await orderOfReference(manager, this.provider.name, reference);
      await recordTransaction(manager, {
        orderId: of?.orderId ?? null,
        provider: this.provider.name,
        kind: TransactionKind.Cancel,
        amount: of?.amount ?? 0,
        currency: of?.currency ?? 'XXX',
        providerReference: reference,
        at: this.clock(),
        ...outcome,
      });
    } catch (error) {
      this.logger.warn({ err: error, reference }, 'could not record a voided payment in the payment log');
    }
  }

  /** `confirmSandboxPayment`: the sandbox pretends the customer paid the order's QR code. */
  async confirmSandboxPayment(identity: Identity, orderId: string, origin: ChangeOrigin): Promise<string> {
    const order = await findOrder(this.dataSource.manager, orderId);
    if (!order) throw new NotFoundError('Order', orderId);
    const simulator = canSimulate(this.provider) ? this.provider : null;
    assertCanConfirmSandboxPayment(identity, order, { name: this.provider.name, simulates: simulator !== null });
    if (order.status !== OrderStatus.AwaitingPayment || !order.paymentReference)
      throw new InvalidStateTransitionError(order.status, OrderStatus.Placed);
    // The guard refused every provider that cannot simulate, so `simulator` is set here.
    await this.applyNotification(simulator!.simulatePaid(order.paymentReference, order.total, order.currency, this.clock()), origin);
    return order.id;
  }
}
