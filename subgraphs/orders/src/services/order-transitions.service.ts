import { InvalidStateTransitionError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Logger } from '@foodgraph/platform/logging';
import type { ChangeOrigin, Emit } from '@foodgraph/platform/messaging';
import type { EntityManager } from 'typeorm';
import { canTransition, confirmedStatus } from '../domain/order-state-machine';
import { LineStatus, OrderStatus, PaymentStatus, type Actor } from '../domain/order-status';
import { DeadlineKind } from '../entities/deadline.entity';
import type { OrderEntity } from '../entities/order.entity';
import { orderStatusChanged } from '../events/order-events';
import { kitchenReleaseAt } from '../domain/schedule-rules';
import { releaseCoupon } from './coupon-redemption';
import { retireTimeouts, scheduleDeadline } from './deadline-schedule';
import { writeOrder } from './order-queries';

/** How long the saga waits for the customer to pay and for the restaurant to accept. */
export interface SagaTimeouts {
  paymentTimeoutMs: number;
  acceptTimeoutMs: number;
  /** A SCHEDULED order enters the kitchen this long before its slot. @default 30 minutes */
  scheduledLeadTimeMs?: number;
}

const DEFAULT_LEAD_TIME_MS = 30 * 60_000;

export interface TransitionRequest {
  to: OrderStatus;
  actor: Actor;
  at: Date;
  origin: ChangeOrigin;
  /** The request that gave the command, when one did (logged as `requestId`). */
  requestId?: string;
  /** Shown in the history; stored as `statusReason` when the order is cancelled or rejected. */
  reason?: string | null;
  /** Changes that belong to this transition (accept's `estimatedReadyAt`, payment fields). */
  change?: (order: OrderEntity) => void;
}

/**
 * The one place an order changes status. In the caller's transaction, on an order row it has
 * locked (`FOR UPDATE`), it checks the move against the state machine, applies it with its
 * side effects (timeouts, refunds, line states), appends the history entry and emits
 * `orders.order.status_changed`. Either all of it commits or none of it does.
 */
export class OrderTransitionsService {
  constructor(
    private readonly timeouts: SagaTimeouts,
    private readonly logger: Logger,
  ) {}

  /**
   * Applies one transition. A move to PLACED from before the kitchen (stock reserved for cash,
   * payment received) is a move to SCHEDULED for an order placed for later: whoever confirms an
   * order need not know about slots, and the SCHEDULED_RELEASE deadline brings it to PLACED at
   * its kitchen time. Leaving for CANCELLED or REJECTED gives a coupon's redemption back.
   */
  async apply(manager: EntityManager, order: OrderEntity, request: TransitionRequest, emit: Emit): Promise<OrderEntity> {
    const { actor, at } = request;
    const from = order.status;
    const to = request.to === OrderStatus.Placed && from !== OrderStatus.Scheduled ? confirmedStatus(order) : request.to;
    if (!canTransition(from, to, actor, order.fulfilment)) throw new InvalidStateTransitionError(from, to);
    const reason = request.reason?.trim() || null;
    order.status = to;
    order.updatedAt = at;
    order.statusReason = to === OrderStatus.Cancelled || to === OrderStatus.Rejected ? reason : null;
    request.change?.(order);

    await retireTimeouts(manager, order.id, at);
    if (to === OrderStatus.AwaitingPayment) {
      await scheduleDeadline(manager, order.id, DeadlineKind.PaymentTimeout, new Date(at.getTime() + this.timeouts.paymentTimeoutMs));
    }
    if (to === OrderStatus.Placed) {
      await scheduleDeadline(manager, order.id, DeadlineKind.AcceptTimeout, new Date(at.getTime() + this.timeouts.acceptTimeoutMs));
    }
    if (to === OrderStatus.Scheduled && order.scheduledFor) {
      const lead = { leadTimeMs: this.timeouts.scheduledLeadTimeMs ?? DEFAULT_LEAD_TIME_MS };
      await scheduleDeadline(manager, order.id, DeadlineKind.ScheduledRelease, kitchenReleaseAt(order.scheduledFor, at, lead));
    }
    if (to === OrderStatus.Cancelled || to === OrderStatus.Rejected) {
      await this.settlePayment(manager, order, at);
      if (order.couponId) await releaseCoupon(manager, order.couponId);
    }
    if (to === OrderStatus.ReadyForPickup) {
      await manager.query('UPDATE order_lines SET status = $2 WHERE order_id = $1', [order.id, LineStatus.Done]);
    }

    await writeOrder(manager, order);
    await manager.query(
      `INSERT INTO order_status_changes (id, order_id, from_status, status, at, actor_kind, actor_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [uuidv7(), order.id, from, to, at, actor.kind, actor.userId, reason],
    );
    emit(orderStatusChanged(order, from, actor, reason, request.origin));
    this.logger.info(
      {
        orderId: order.id,
        number: order.number,
        from,
        to,
        actor: actor.kind,
        actorId: actor.userId,
        reason,
        correlationId: request.origin.correlationId,
        requestId: request.requestId,
      },
      `order ${order.number} ${from} → ${to}`,
    );
    return order;
  }

  /**
   * A cancelled or rejected order keeps no money: a paid one gets a REFUND deadline due now
   * (the poller calls the provider outside this transaction, retrying until it succeeds), an
   * unpaid QR payment is marked FAILED so no one waits for it.
   */
  private async settlePayment(manager: EntityManager, order: OrderEntity, at: Date): Promise<void> {
    if (order.paymentStatus === PaymentStatus.Paid) await scheduleDeadline(manager, order.id, DeadlineKind.Refund, at);
    else if (order.paymentStatus === PaymentStatus.Pending) order.paymentStatus = PaymentStatus.Failed;
  }
}
