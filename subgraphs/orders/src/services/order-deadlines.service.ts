import type { ChangeOrigin, Emit } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { EntityManager } from 'typeorm';
import { OrderStatus, SYSTEM_ACTOR } from '../domain/order-status';
import { DeadlineKind, type DeadlineEntity } from '../entities/deadline.entity';
import type { OrderEntity } from '../entities/order.entity';
import type { OrderTransitionsService } from './order-transitions.service';
import type { RefundService } from './refund.service';

/**
 * What each kind of durable deadline does to its order when it falls due (see `DeadlineKind`):
 * an unpaid order is cancelled, an order the restaurant never accepted is rejected, a refund
 * goes to the provider, a scheduled order enters the kitchen. The deadline poller calls `fire` on the locked order.
 */
export class OrderDeadlinesService {
  constructor(
    private readonly transitions: OrderTransitionsService,
    private readonly refunds: RefundService,
    private readonly clock: Clock,
  ) {}

  /** Fires one due deadline; OBSOLETE when the order has moved past what it guards. */
  async fire(manager: EntityManager, deadline: DeadlineEntity, order: OrderEntity, emit: Emit): Promise<'FIRED' | 'OBSOLETE'> {
    // System transitions of a timeout belong to the request that placed the order.
    const origin: ChangeOrigin = { correlationId: order.correlationId, causationId: null };
    switch (deadline.kind) {
      case DeadlineKind.PaymentTimeout:
        if (order.status !== OrderStatus.AwaitingPayment) return 'OBSOLETE';
        await this.transitions.apply(
          manager,
          order,
          { to: OrderStatus.Cancelled, actor: SYSTEM_ACTOR, at: this.clock(), origin, reason: 'The payment was not received in time' },
          emit,
        );
        return 'FIRED';
      case DeadlineKind.AcceptTimeout:
        if (order.status !== OrderStatus.Placed) return 'OBSOLETE';
        await this.transitions.apply(
          manager,
          order,
          {
            to: OrderStatus.Rejected,
            actor: SYSTEM_ACTOR,
            at: this.clock(),
            origin,
            reason: 'The restaurant did not accept the order in time',
          },
          emit,
        );
        return 'FIRED';
      case DeadlineKind.Refund:
        return this.refunds.refund(manager, order, deadline.paymentReference, origin, emit);
      case DeadlineKind.ScheduledRelease:
        if (order.status !== OrderStatus.Scheduled) return 'OBSOLETE';
        // PLACED schedules the accept timeout from now: the restaurant's time starts here.
        await this.transitions.apply(
          manager,
          order,
          { to: OrderStatus.Placed, actor: SYSTEM_ACTOR, at: this.clock(), origin, reason: 'Its slot is near: sent to the kitchen' },
          emit,
        );
        return 'FIRED';
    }
  }
}
