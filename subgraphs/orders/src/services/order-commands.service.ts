import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError, ConflictError, InvalidStateTransitionError } from '@foodgraph/platform/errors';
import { isUuid, uuidv7 } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { cleanNotes } from '../domain/order-input-rules';
import { canTransition, isRepeatedMove } from '../domain/order-state-machine';
import type { LineRequest } from '../domain/order-input-rules';
import { ActorKind, LineStatus, OrderStatus, PaymentStatus, type Actor } from '../domain/order-status';
import { formatAmount } from '../domain/pricing';
import { quoteOrder } from '../domain/quote-order';
import { CouponEntity } from '../entities/coupon.entity';
import { OrderLineEntity } from '../entities/order-line.entity';
import type { OrderEntity } from '../entities/order.entity';
import { orderLineStatusChanged, orderLinesChanged } from '../events/order-events';
import { customerActor, customerOrAdminActor, kitchenActor } from './access';
import { worksInKitchen } from './kitchen-staff.read-model';
import { lockOrder, writeOrder } from './order-queries';
import { originOfOrderCommand } from './order-origin';
import type { OrderTransitionsService } from './order-transitions.service';
import type { PaymentService } from './payment.service';
import { findMenuItems, findOwners, findRestaurant } from './menu-read-model';

export const MIN_PREP_MINUTES = 1;
export const MAX_PREP_MINUTES = 240;
const MAX_REASON_LENGTH = 500;

/**
 * The commands people give an order after it was placed: the customer or an admin cancels,
 * the restaurant (its owner or kitchen staff) accepts, rejects and cooks it. Each runs in one transaction on the
 * locked order row; the state machine decides whether the move is legal.
 */
export class OrderCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transitions: OrderTransitionsService,
    private readonly payments: PaymentService,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Customer until ACCEPTED, admin any time before the order is finished. */
  cancel(identity: Identity, orderId: string, reason: string | null | undefined, origin: ChangeOrigin): Promise<OrderEntity> {
    const why = cleanNotes(reason, 'reason', MAX_REASON_LENGTH);
    return this.move(orderId, origin, (order) => {
      const actor = customerOrAdminActor(identity, order);
      return {
        actor,
        to: OrderStatus.Cancelled,
        reason: why ?? (actor.kind === ActorKind.Admin ? 'Cancelled by an admin' : 'Cancelled by the customer'),
      };
    });
  }

  /** The owner accepts a PLACED order and promises it ready in `prepMinutes`. */
  accept(identity: Identity, orderId: string, prepMinutes: number, origin: ChangeOrigin): Promise<OrderEntity> {
    if (!Number.isInteger(prepMinutes) || prepMinutes < MIN_PREP_MINUTES || prepMinutes > MAX_PREP_MINUTES) {
      throw new BadUserInputError('prepMinutes', `prepMinutes must be between ${MIN_PREP_MINUTES} and ${MAX_PREP_MINUTES}`);
    }
    return this.move(orderId, origin, async (order, manager) => ({
      actor: await this.owner(manager, identity, order),
      to: OrderStatus.Accepted,
      change: (o: OrderEntity) => {
        o.estimatedReadyAt = new Date(o.updatedAt.getTime() + prepMinutes * 60_000);
      },
    }));
  }

  /** The owner turns a PLACED order down; a paid one is refunded. */
  reject(identity: Identity, orderId: string, reason: string, origin: ChangeOrigin): Promise<OrderEntity> {
    const why = cleanNotes(reason, 'reason', MAX_REASON_LENGTH);
    if (!why) throw new BadUserInputError('reason', 'Say why the order is rejected');
    return this.move(orderId, origin, async (order, manager) => ({
      actor: await this.owner(manager, identity, order),
      to: OrderStatus.Rejected,
      reason: why,
    }));
  }

  startPreparing(identity: Identity, orderId: string, origin: ChangeOrigin): Promise<OrderEntity> {
    return this.move(orderId, origin, async (order, manager) => ({
      actor: await this.owner(manager, identity, order),
      to: OrderStatus.Preparing,
    }));
  }

  /**
   * The customer collected a PICKUP order at the counter: READY_FOR_PICKUP → DELIVERED. A
   * delivered order is the courier's to finish, so this refuses it (INVALID_STATE_TRANSITION).
   */
  handOver(identity: Identity, orderId: string, origin: ChangeOrigin): Promise<OrderEntity> {
    return this.move(orderId, origin, async (order, manager) => ({
      actor: await this.owner(manager, identity, order),
      to: OrderStatus.Delivered,
    }));
  }

  /** READY_FOR_PICKUP; every line is DONE with it. */
  markReady(identity: Identity, orderId: string, origin: ChangeOrigin): Promise<OrderEntity> {
    return this.move(orderId, origin, async (order, manager) => ({
      actor: await this.owner(manager, identity, order),
      to: OrderStatus.ReadyForPickup,
    }));
  }

  /**
   * The kitchen display moves one line between QUEUED, COOKING and DONE, in any direction (a
   * cook may undo a tap), while the order is ACCEPTED or PREPARING. Each change is announced
   * (`orders.order.line_status_changed`), which reaches `orderUpdated` and the kitchen feed;
   * setting the status a line already has (a retried tap) changes and announces nothing.
   */
  async setLineStatus(identity: Identity, orderId: string, lineId: string, status: LineStatus, origin: ChangeOrigin): Promise<OrderEntity> {
    return withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
      const order = await lockOrder(manager, orderId);
      const actor = await this.owner(manager, identity, order);
      const line = isUuid(lineId) ? await manager.findOneBy(OrderLineEntity, { orderId: order.id, id: lineId.toLowerCase() }) : null;
      if (!line) throw new BadUserInputError('lineId', 'This order has no such line');
      if (order.status !== OrderStatus.Accepted && order.status !== OrderStatus.Preparing) {
        throw new InvalidStateTransitionError(line.status, status, `a line of an order in ${order.status}`);
      }
      if (line.status === status) return order;
      const from = line.status;
      line.status = status;
      await manager.save(OrderLineEntity, line);
      order.updatedAt = this.clock();
      await writeOrder(manager, order);
      const command = originOfOrderCommand(order, origin);
      emit(orderLineStatusChanged(order, line, from, actor, command.origin));
      this.logger.info(
        {
          orderId: order.id,
          number: order.number,
          lineId: line.id,
          from,
          to: status,
          actorId: actor.userId,
          correlationId: command.origin.correlationId,
          requestId: command.requestId,
        },
        `order ${order.number} line ${line.name}: ${from} → ${status}`,
      );
      return order;
    });
  }

  /**
   * The customer replaces the lines of an order the restaurant has not accepted and that is
   * not paid yet. The order is re-priced from the read model and goes back to PENDING for a
   * new stock check (`orders.order.lines_changed` with the next stock version); an unpaid QR
   * payment is retired and a new one is issued once the stock is reserved again. A paid order
   * cannot change (CONFLICT): cancelling refunds it, and the customer orders again.
   */
  async updateLines(identity: Identity, orderId: string, lines: LineRequest[], origin: ChangeOrigin): Promise<OrderEntity> {
    let retired: string | null = null;
    const updated = await withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
      const order = await lockOrder(manager, orderId);
      const actor = customerActor(identity, order);
      if (order.paymentStatus === PaymentStatus.Paid)
        throw new ConflictError('This order is paid: cancel it (the payment is refunded) and order again');
      if (!canTransition(order.status, OrderStatus.Pending, actor, order.fulfilment))
        throw new InvalidStateTransitionError(order.status, OrderStatus.Pending);
      const now = this.clock();
      const restaurant = await findRestaurant(manager, order.restaurantId);
      const items = await findMenuItems(
        manager,
        lines.map((line) => line.menuItemId),
      );
      // The coupon stays redeemed and the tip stays; both are re-applied to the new lines.
      const coupon = order.couponId ? await manager.findOneBy(CouponEntity, { id: order.couponId }) : null;
      const quote = quoteOrder({
        restaurant,
        items,
        lines,
        now,
        fields: { restaurantId: 'orderId', lines: 'lines' },
        adjustments: { coupon, tip: order.tip },
        scheduled: order.scheduledFor !== null,
        fulfilment: order.fulfilment,
      });
      if (coupon?.minimumOrder != null && quote.subtotal < coupon.minimumOrder)
        throw new BadUserInputError(
          'lines',
          `The coupon ${coupon.code} needs an order of at least ${formatAmount(coupon.minimumOrder, quote.currency)}`,
        );
      retired = await this.payments.supersede(manager, order, now);
      await manager.delete(OrderLineEntity, { orderId: order.id });
      const replaced = quote.lines.map((line, position) =>
        Object.assign(new OrderLineEntity(), {
          id: uuidv7(now.getTime()),
          orderId: order.id,
          position,
          ...line,
          status: LineStatus.Queued,
        }),
      );
      await manager.insert(OrderLineEntity, replaced);
      order.subtotal = quote.subtotal;
      order.deliveryFee = quote.deliveryFee;
      order.discount = quote.discount;
      order.tip = quote.tip;
      order.total = quote.total;
      order.stockVersion += 1;
      const command = originOfOrderCommand(order, origin);
      await this.transitions.apply(
        manager,
        order,
        { to: OrderStatus.Pending, actor, at: now, ...command, reason: 'The customer changed the order' },
        emit,
      );
      emit(orderLinesChanged(order, replaced, command.origin));
      return order;
    });
    if (retired) await this.payments.voidQuietly(retired);
    return updated;
  }

  /** The restaurant's side of a kitchen move: its owner or one of its kitchen staff (FORBIDDEN otherwise). */
  private async owner(manager: EntityManager, identity: Identity, order: OrderEntity): Promise<Actor> {
    const owners = await findOwners(manager, [order.restaurantId]);
    return kitchenActor(identity, owners.get(order.restaurantId) ?? null, await worksInKitchen(manager, identity, order.restaurantId));
  }

  /** Locks the order, lets `decide` authorize and pick the move, and applies it. */
  private move(
    orderId: string,
    origin: ChangeOrigin,
    decide: (order: OrderEntity, manager: EntityManager) => Promise<MoveDecision> | MoveDecision,
  ): Promise<OrderEntity> {
    return withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
      const order = await lockOrder(manager, orderId);
      const decision = await decide(order, manager);
      if (order.status === decision.to) {
        const [last] = await manager.query<{ status: OrderStatus; actorId: string | null }[]>(
          'SELECT status, actor_id AS "actorId" FROM order_status_changes WHERE order_id = $1 ORDER BY at DESC, id DESC LIMIT 1',
          [order.id],
        );
        if (isRepeatedMove(order.status, last ?? null, decision.to, decision.actor)) return order;
      }
      return this.transitions.apply(manager, order, { ...decision, at: this.clock(), ...originOfOrderCommand(order, origin) }, emit);
    });
  }
}

interface MoveDecision {
  actor: Actor;
  to: OrderStatus;
  reason?: string | null;
  change?: (order: OrderEntity) => void;
}
