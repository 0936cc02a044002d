import type { Identity } from '@foodgraph/platform/auth';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { ConflictError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import { businessDayOf, formatOrderNumber } from '../domain/order-number';
import { cleanAddress, cleanIdempotencyKey, cleanNotes, type AddressRequest, type LineRequest } from '../domain/order-input-rules';
import { ActorKind, Fulfilment, LineStatus, OrderStatus, PaymentMethod, PaymentStatus } from '../domain/order-status';
import { priceOrder } from '../domain/pricing';
import { quoteOrder } from '../domain/quote-order';
import { placementFingerprint } from '../domain/request-fingerprint';
import { checkScheduledFor, DEFAULT_SCHEDULING_RULES, type SchedulingRules } from '../domain/schedule-rules';
import { cleanTipFor } from '../domain/tip-rules';
import { OrderLineEntity } from '../entities/order-line.entity';
import { OrderEntity } from '../entities/order.entity';
import { orderPlaced } from '../events/order-events';
import { assertCanPlaceOrder } from './access';
import { redeemCoupon } from './coupon-redemption';
import { findMenuItems, findRestaurant } from './menu-read-model';

/** `placeOrder`'s input as the resolver hands it over. */
export interface PlaceOrderRequest {
  restaurantId: string;
  lines: LineRequest[];
  deliveryAddress: AddressRequest;
  paymentMethod: PaymentMethod;
  notes?: string | null;
  idempotencyKey: string;
  /** A coupon code, case-insensitive; absent or blank means none. */
  couponCode?: string | null;
  /** Minor units for the courier; absent means 0. */
  tip?: number | null;
  /** Deliver later at this time (a scheduled order); absent means now. */
  scheduledFor?: Date | null;
  /** Delivered (the default) or collected at the counter: no fee, no tip, no courier. */
  fulfilment?: Fulfilment | null;
}

const IDEMPOTENCY_INDEX = 'orders_customer_idempotency_key';

/** Argument paths of the optional parts of a placement, for BAD_USER_INPUT (checkout names its own). */
const FIELDS = { couponCode: 'input.couponCode', tip: 'input.tip', scheduledFor: 'input.scheduledFor' };

/**
 * Placing orders. The order is created PENDING with its price snapshot and a short number, and
 * `orders.order.placed` goes into the outbox in the same transaction; menu answers for the
 * stock and the saga continues in `order-saga.service.ts`.
 */
export class PlaceOrderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly scheduling: Pick<SchedulingRules, 'minAheadMs' | 'maxAheadMs'> = DEFAULT_SCHEDULING_RULES,
  ) {}

  /**
   * Places an order for the signed-in customer. The same idempotency key returns the order it
   * first created: checked up front for the common retry, and decided by the unique index
   * (customer, key) when two requests race, in which case the loser returns the winner's.
   * The same key with a different request (other lines, restaurant, address…) is a CONFLICT:
   * silently answering the first order would make the client believe it placed the second.
   * A coupon is redeemed in the same transaction as the order's insert (see `redeemCoupon`),
   * so a retry that returns the first order redeems nothing again.
   */
  async place(identity: Identity, request: PlaceOrderRequest, origin: ChangeOrigin): Promise<OrderEntity> {
    const customer = assertCanPlaceOrder(identity);
    const key = cleanIdempotencyKey(request.idempotencyKey, 'input.idempotencyKey');
    const fingerprint = placementFingerprint(request);
    try {
      // One transaction from the retry check on: its reads are statements of the transaction
      // that writes, not transactions of their own (and none of them locks anything).
      return await withOutbox(this.dataSource, this.outbox, async (tx, emit) => {
        const existing = await this.byKey(tx, customer.userId, key);
        if (existing) return sameRequestOrConflict(existing, fingerprint);

        const now = this.clock();
        const address = cleanAddress(request.deliveryAddress, 'input.deliveryAddress');
        const notes = cleanNotes(request.notes, 'input.notes');
        const fulfilment = request.fulfilment ?? Fulfilment.Delivery;
        const tip = cleanTipFor(fulfilment, request.tip, FIELDS.tip);
        const scheduledFor = request.scheduledFor ?? null;
        const restaurant = await findRestaurant(tx, request.restaurantId);
        const items = await findMenuItems(
          tx,
          request.lines.map((line) => line.menuItemId),
        );
        const quote = quoteOrder({
          restaurant,
          items,
          lines: request.lines,
          now,
          fields: { restaurantId: 'input.restaurantId', lines: 'input.lines' },
          adjustments: { tip },
          scheduled: scheduledFor !== null,
          fulfilment,
        });
        const venue = restaurant!;
        if (scheduledFor)
          checkScheduledFor(scheduledFor, venue, now, { ...DEFAULT_SCHEDULING_RULES, ...this.scheduling }, FIELDS.scheduledFor);

        const coupon = request.couponCode?.trim()
          ? await redeemCoupon(
              tx,
              request.couponCode,
              { customerId: customer.userId, restaurantId: venue.id, currency: quote.currency, subtotal: quote.subtotal, now },
              FIELDS.couponCode,
            )
          : null;
        const totals = priceOrder(quote.lines, quote.deliveryFee, { coupon, tip });
        const businessDay = businessDayOf(now, venue.timeZone);
        const order = Object.assign(new OrderEntity(), {
          id: uuidv7(now.getTime()),
          number: formatOrderNumber(await this.nextNumber(tx, venue.id, businessDay)),
          businessDay,
          customerId: customer.userId,
          kioskSessionId: customer.kioskSessionId,
          restaurantId: venue.id,
          status: OrderStatus.Pending,
          statusReason: null,
          currency: quote.currency,
          subtotal: totals.subtotal,
          deliveryFee: totals.deliveryFee,
          discount: totals.discount,
          tip: totals.tip,
          total: totals.total,
          couponId: coupon?.id ?? null,
          couponCode: coupon?.code ?? null,
          scheduledFor,
          fulfilment,
          deliveryAddress: address,
          notes,
          paymentMethod: request.paymentMethod,
          paymentStatus: request.paymentMethod === PaymentMethod.QrCode ? PaymentStatus.Pending : PaymentStatus.NotRequired,
          paymentProvider: null,
          paymentReference: null,
          paymentQr: null,
          paidAt: null,
          refundedAt: null,
          refundReference: null,
          stockVersion: 1,
          courierUserId: null,
          offeredCourierUserId: null,
          offerExpiresAt: null,
          estimatedReadyAt: null,
          placedAt: now,
          updatedAt: now,
          idempotencyKey: key,
          requestFingerprint: fingerprint,
          correlationId: origin.correlationId,
        } satisfies OrderEntity);
        await tx.insert(OrderEntity, order);
        const lines = quote.lines.map((line, position) =>
          Object.assign(new OrderLineEntity(), {
            id: uuidv7(now.getTime()),
            orderId: order.id,
            position,
            ...line,
            status: LineStatus.Queued,
          }),
        );
        await tx.insert(OrderLineEntity, lines);
        await tx.query(
          `INSERT INTO order_status_changes (id, order_id, from_status, status, at, actor_kind, actor_id, reason) VALUES ($1, $2, NULL, $3, $4, $5, $6, NULL)`,
          [uuidv7(now.getTime()), order.id, OrderStatus.Pending, now, ActorKind.Customer, customer.userId],
        );
        emit(orderPlaced(order, lines, origin));
        this.logger.info(
          {
            orderId: order.id,
            number: order.number,
            restaurantId: order.restaurantId,
            customerId: order.customerId,
            total: order.total,
            discount: order.discount,
            tip: order.tip,
            couponCode: order.couponCode,
            scheduledFor: order.scheduledFor,
            fulfilment: order.fulfilment,
            paymentMethod: order.paymentMethod,
            correlationId: origin.correlationId,
            requestId: origin.correlationId,
          },
          `order ${order.number} placed`,
        );
        return order;
      });
    } catch (error) {
      if (!isUniqueViolation(error, IDEMPOTENCY_INDEX)) throw error;
      const winner = await this.byKey(this.dataSource.manager, customer.userId, key);
      if (!winner) throw error;
      return sameRequestOrConflict(winner, fingerprint);
    }
  }

  private byKey(manager: EntityManager, customerId: string, idempotencyKey: string): Promise<OrderEntity | null> {
    return manager.findOneBy(OrderEntity, { customerId, idempotencyKey });
  }

  /**
   * The next number of the restaurant's business day. The counter row is locked by the upsert
   * until the transaction ends, so two orders can never get the same number, and a rolled-back
   * order gives its number back.
   */
  private async nextNumber(manager: EntityManager, restaurantId: string, businessDay: string): Promise<number> {
    const [row] = await manager.query<Array<{ last_number: number }>>(
      `INSERT INTO order_number_counters (restaurant_id, business_day, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (restaurant_id, business_day) DO UPDATE SET last_number = order_number_counters.last_number + 1
       RETURNING last_number`,
      [restaurantId, businessDay],
    );
    return row.last_number;
  }
}

/** The order a retry stands for, or CONFLICT when the key was first used for another request. */
function sameRequestOrConflict(order: OrderEntity, fingerprint: string): OrderEntity {
  if (order.requestFingerprint !== null && order.requestFingerprint !== fingerprint)
    throw new ConflictError('This idempotencyKey was already used for a different order; use a new key for a new order');
  return order;
}
