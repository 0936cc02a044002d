import type { DomainEvent } from '@foodgraph/events';
import type { Logger } from '@foodgraph/platform/logging';
import { appendToOutbox, originOfEvent, type Emit } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { EntityManager } from 'typeorm';
import { canTransition } from '../domain/order-state-machine';
import { ActorKind, OrderStatus, PaymentMethod, SYSTEM_ACTOR, type Actor } from '../domain/order-status';
import { OrderEntity } from '../entities/order.entity';
import type { OrderTransitionsService, SagaTimeouts } from './order-transitions.service';
import type { PaymentService } from './payment.service';

/**
 * The event a saga step answers: the origin of the changes it makes (`originOfEvent`), and
 * what a skipped one logs.
 */
export type SagaCause = Pick<DomainEvent, 'id' | 'type' | 'correlationId'>;

/** Menu's answer to a stock reservation of `stockVersion` of an order's lines. */
export interface StockAnswer {
  orderId: string;
  stockVersion: number;
}

/** Delivery's news that the courier picked an order up or delivered it. */
export interface CourierProgress {
  orderId: string;
  courierUserId: string;
}

/**
 * The order's part of the saga with menu (stock) and delivery (courier progress). Each step
 * runs in the caller's transaction — the consumer's, with its inbox row, so a redelivered
 * event changes nothing twice. An answer that no longer fits the order — stock news for an
 * order already cancelled, or about lines since replaced — is logged and dropped: the order's
 * own state is the truth, and menu releases stock for closed orders on its own.
 */
export class OrderSagaService {
  constructor(
    private readonly transitions: OrderTransitionsService,
    private readonly payments: PaymentService,
    private readonly timeouts: SagaTimeouts,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * Stock is reserved: a cash order is PLACED at once; a QR order gets its payment from the
   * provider and waits for it (AWAITING_PAYMENT, with the payment timeout running).
   */
  async stockReserved(manager: EntityManager, answer: StockAnswer, cause: SagaCause): Promise<void> {
    await this.withOrder(manager, cause, answer.orderId, async (order, emit) => {
      if (!this.stockAnswerApplies(order, answer, cause)) return;
      const at = this.clock();
      const origin = originOfEvent(cause);
      if (order.paymentMethod === PaymentMethod.CashOnDelivery) {
        await this.transitions.apply(
          manager,
          order,
          { to: OrderStatus.Placed, actor: SYSTEM_ACTOR, at, origin, reason: 'Stock reserved; paying cash on delivery' },
          emit,
        );
        return;
      }
      await this.payments.createPayment(manager, order, new Date(at.getTime() + this.timeouts.paymentTimeoutMs));
      await this.transitions.apply(
        manager,
        order,
        { to: OrderStatus.AwaitingPayment, actor: SYSTEM_ACTOR, at, origin, reason: 'Stock reserved; waiting for the QR payment' },
        emit,
      );
    });
  }

  /** Menu could not reserve the stock: the order is REJECTED with menu's reason. */
  async stockRejected(manager: EntityManager, answer: StockAnswer & { reason: string }, cause: SagaCause): Promise<void> {
    await this.withOrder(manager, cause, answer.orderId, async (order, emit) => {
      if (!this.stockAnswerApplies(order, answer, cause)) return;
      await this.transitions.apply(
        manager,
        order,
        { to: OrderStatus.Rejected, actor: SYSTEM_ACTOR, at: this.clock(), origin: originOfEvent(cause), reason: answer.reason },
        emit,
      );
    });
  }

  /**
   * Remembers the courier delivery assigned, so they may read (and watch) the order before
   * pick-up. Not a transition; the first assignment wins.
   */
  /**
   * Delivery offered the order to a courier: that courier may read it until the offer lapses
   * (a later offer replaces it; an assignment ends it). Ignored once a courier is assigned,
   * so a late redelivery lets no one back in.
   */
  async courierOffered(manager: EntityManager, orderId: string, courierUserId: string, expiresAt: Date): Promise<void> {
    await manager.query(
      `UPDATE orders SET offered_courier_user_id = $2, offer_expires_at = $3
        WHERE id = $1 AND courier_user_id IS NULL AND (offer_expires_at IS NULL OR offer_expires_at <= $3)`,
      [orderId, courierUserId, expiresAt],
    );
  }

  async courierAssigned(manager: EntityManager, orderId: string, courierUserId: string): Promise<void> {
    await manager.query('UPDATE orders SET courier_user_id = $2 WHERE id = $1 AND courier_user_id IS NULL', [orderId, courierUserId]);
  }

  /** The courier's progress moves the order to PICKED_UP or DELIVERED, in the courier's name. */
  async courierProgressed(
    manager: EntityManager,
    progress: CourierProgress,
    to: typeof OrderStatus.PickedUp | typeof OrderStatus.Delivered,
    cause: SagaCause,
  ): Promise<void> {
    await this.withOrder(manager, cause, progress.orderId, async (order, emit) => {
      const actor: Actor = { kind: ActorKind.Delivery, userId: progress.courierUserId };
      if (!canTransition(order.status, to, actor, order.fulfilment))
        return this.skip(order, cause, `an order in ${order.status} cannot become ${to}`);
      await this.transitions.apply(
        manager,
        order,
        { to, actor, at: this.clock(), origin: originOfEvent(cause), change: (o) => void (o.courierUserId = progress.courierUserId) },
        emit,
      );
    });
  }

  /** Locks the order and hands it over, or logs why the event does not apply to it. */
  private async withOrder(
    manager: EntityManager,
    cause: SagaCause,
    orderId: string,
    work: (order: OrderEntity, emit: Emit) => Promise<void>,
  ): Promise<void> {
    const order = await manager.findOne(OrderEntity, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
    if (!order) {
      this.logger.warn(
        { orderId, eventId: cause.id, type: cause.type, correlationId: cause.correlationId },
        'event about an unknown order ignored',
      );
      return;
    }
    const events: DomainEvent[] = [];
    await work(order, (...emitted) => events.push(...emitted));
    await appendToOutbox(manager, events);
  }

  private stockAnswerApplies(order: OrderEntity, answer: StockAnswer, cause: SagaCause): boolean {
    if (order.stockVersion !== answer.stockVersion) {
      this.skip(order, cause, `answers stock version ${answer.stockVersion}, the order is at ${order.stockVersion}`);
      return false;
    }
    if (order.status !== OrderStatus.Pending) {
      this.skip(order, cause, 'the order is no longer waiting for stock');
      return false;
    }
    return true;
  }

  private skip(order: OrderEntity, cause: SagaCause, why: string): void {
    this.logger.info(
      {
        orderId: order.id,
        number: order.number,
        status: order.status,
        eventId: cause.id,
        type: cause.type,
        correlationId: cause.correlationId,
      },
      `${cause.type} ignored: ${why}`,
    );
  }
}
