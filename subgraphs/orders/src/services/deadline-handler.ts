import type { Clock } from '@foodgraph/platform';
import { OrderStatus, SYSTEM_ACTOR } from '../domain/order-status';
import { DeadlineKind } from '../entities/deadline.entity';
import type { DeadlineHandler } from './deadline-poller';
import type { OrderTransitions } from './order-transitions';
import type { PaymentService } from './payment.service';

/** What each kind of deadline does to its order (see `DeadlineKind`). */
export function orderDeadlineHandler(transitions: OrderTransitions, payments: PaymentService, clock: Clock): DeadlineHandler {
  return async (manager, deadline, order, emit) => {
    // System transitions of a timeout belong to the request that placed the order.
    const origin = { correlationId: order.correlationId, causationId: null };
    switch (deadline.kind) {
      case DeadlineKind.PaymentTimeout:
        if (order.status !== OrderStatus.AwaitingPayment) return 'OBSOLETE';
        await transitions.apply(
          manager,
          order,
          { to: OrderStatus.Cancelled, actor: SYSTEM_ACTOR, at: clock(), origin, reason: 'The payment was not received in time' },
          emit,
        );
        return 'FIRED';
      case DeadlineKind.AcceptTimeout:
        if (order.status !== OrderStatus.Placed) return 'OBSOLETE';
        await transitions.apply(
          manager,
          order,
          { to: OrderStatus.Rejected, actor: SYSTEM_ACTOR, at: clock(), origin, reason: 'The restaurant did not accept the order in time' },
          emit,
        );
        return 'FIRED';
      case DeadlineKind.Refund:
        return payments.refund(manager, order, deadline.paymentReference, origin, emit);
    }
  };
}
