import type { DomainEvent } from '@foodgraph/events';
import { appendToOutbox, type Clock, type EventHandlers, type Logger } from '@foodgraph/platform';
import type { EntityManager } from 'typeorm';
import { canTransition } from '../domain/order-state-machine';
import { ActorKind, OrderStatus, PaymentMethod, SYSTEM_ACTOR, type Actor } from '../domain/order-status';
import { OrderEntity } from '../entities/order.entity';
import type { OrderTransitions, SagaTimeouts } from '../services/order-transitions';
import type { PaymentService } from '../services/payment.service';
import type { ChangeOrigin } from './order-events';

/** Durable consumer name of the saga's reactions to menu and delivery (and of recording the assigned courier). */
export const SAGA_CONSUMER = 'orders-saga';

export interface SagaHandlerDeps {
  transitions: OrderTransitions;
  payments: PaymentService;
  timeouts: SagaTimeouts;
  clock: Clock;
  logger: Logger;
}

const originOf = (event: DomainEvent): ChangeOrigin => ({ correlationId: event.correlationId, causationId: event.id });

/**
 * The saga's reactions, each inside the consumer's transaction (with its inbox row, so a
 * redelivered event changes nothing twice). An answer that no longer fits the order — stock
 * news for an order already cancelled, or about lines since replaced — is logged and dropped:
 * the order's own state is the truth, and menu releases stock for closed orders on its own.
 */
export function sagaHandlers(deps: SagaHandlerDeps): EventHandlers {
  const { transitions, payments, timeouts, clock, logger } = deps;

  /** Locks the order and hands it over, or logs why the event does not apply to it. */
  const withOrder = async (
    manager: EntityManager,
    event: DomainEvent,
    orderId: string,
    work: (order: OrderEntity, emit: (e: DomainEvent) => void) => Promise<void>,
  ) => {
    const order = await manager.findOne(OrderEntity, { where: { id: orderId }, lock: { mode: 'pessimistic_write' } });
    if (!order) {
      logger.warn(
        { orderId, eventId: event.id, type: event.type, correlationId: event.correlationId },
        'event about an unknown order ignored',
      );
      return;
    }
    const events: DomainEvent[] = [];
    await work(order, (e) => events.push(e));
    await appendToOutbox(manager, events);
  };

  const skip = (order: OrderEntity, event: DomainEvent, why: string) =>
    logger.info(
      {
        orderId: order.id,
        number: order.number,
        status: order.status,
        eventId: event.id,
        type: event.type,
        correlationId: event.correlationId,
      },
      `${event.type} ignored: ${why}`,
    );

  const stockAnswerApplies = (order: OrderEntity, event: DomainEvent<'menu.stock.reserved' | 'menu.stock.rejected'>): boolean => {
    if (order.stockVersion !== event.data.stockVersion) {
      skip(order, event, `answers stock version ${event.data.stockVersion}, the order is at ${order.stockVersion}`);
      return false;
    }
    if (order.status !== OrderStatus.Pending) {
      skip(order, event, 'the order is no longer waiting for stock');
      return false;
    }
    return true;
  };

  const deliveryMove = async (
    manager: EntityManager,
    event: DomainEvent<'delivery.delivery.picked_up' | 'delivery.delivery.delivered'>,
    to: OrderStatus,
  ) =>
    withOrder(manager, event, event.data.orderId, async (order, emit) => {
      const actor: Actor = { kind: ActorKind.Delivery, userId: event.data.courierUserId };
      if (!canTransition(order.status, to, actor)) return skip(order, event, `an order in ${order.status} cannot become ${to}`);
      await transitions.apply(
        manager,
        order,
        { to, actor, at: clock(), origin: originOf(event), change: (o) => void (o.courierUserId = event.data.courierUserId) },
        emit,
      );
    });

  return {
    'menu.stock.reserved': async (event, manager) =>
      withOrder(manager, event, event.data.orderId, async (order, emit) => {
        if (!stockAnswerApplies(order, event)) return;
        const at = clock();
        const origin = originOf(event);
        if (order.paymentMethod === PaymentMethod.CashOnDelivery) {
          await transitions.apply(
            manager,
            order,
            { to: OrderStatus.Placed, actor: SYSTEM_ACTOR, at, origin, reason: 'Stock reserved; paying cash on delivery' },
            emit,
          );
          return;
        }
        await payments.createPayment(manager, order, new Date(at.getTime() + timeouts.paymentTimeoutMs));
        await transitions.apply(
          manager,
          order,
          { to: OrderStatus.AwaitingPayment, actor: SYSTEM_ACTOR, at, origin, reason: 'Stock reserved; waiting for the QR payment' },
          emit,
        );
      }),
    'menu.stock.rejected': async (event, manager) =>
      withOrder(manager, event, event.data.orderId, async (order, emit) => {
        if (!stockAnswerApplies(order, event)) return;
        await transitions.apply(
          manager,
          order,
          { to: OrderStatus.Rejected, actor: SYSTEM_ACTOR, at: clock(), origin: originOf(event), reason: event.data.reason },
          emit,
        );
      }),
    // Not a transition: the assigned courier may read (and watch) the order before pick-up.
    'delivery.delivery.assigned': async (event, manager) => {
      await manager.query('UPDATE orders SET courier_user_id = $2 WHERE id = $1 AND courier_user_id IS NULL', [
        event.data.orderId,
        event.data.courierUserId,
      ]);
    },
    'delivery.delivery.picked_up': async (event, manager) => deliveryMove(manager, event, OrderStatus.PickedUp),
    'delivery.delivery.delivered': async (event, manager) => deliveryMove(manager, event, OrderStatus.Delivered),
  };
}
