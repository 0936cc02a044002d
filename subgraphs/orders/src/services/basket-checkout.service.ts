import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError } from '@foodgraph/platform/errors';
import type { ChangeOrigin } from '@foodgraph/platform/messaging';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { clearBasket, stampCheckout, type StoredBasket } from '../domain/basket';
import { cleanIdempotencyKey, type AddressRequest } from '../domain/order-input-rules';
import type { PaymentMethod } from '../domain/order-status';
import { OrderEntity } from '../entities/order.entity';
import { assertCanUseBasket } from './access';
import { updateBasket, type BasketStore } from './basket-store';
import type { PlaceOrderRequest, PlaceOrderService } from './place-order.service';

/** `checkout`'s input as the resolver hands it over. */
export interface CheckoutRequest {
  deliveryAddress: AddressRequest;
  paymentMethod: PaymentMethod;
  idempotencyKey: string;
  notes?: string | null;
  scheduledFor?: Date | null;
}

/** Fields of placeOrder's input that `checkout` has too; errors on the others are the basket's. */
const CHECKOUT_FIELDS = ['input.deliveryAddress', 'input.paymentMethod', 'input.idempotencyKey', 'input.notes', 'input.scheduledFor'];

/** Rounds of "the basket changed while I stamped it" before giving up (each is a lost race). */
const MAX_STAMP_ROUNDS = 10;

/**
 * Checking the basket out: the basket's lines, coupon and tip go through `PlaceOrderService`
 * — the very rules, prices and idempotency of `placeOrder` — and the basket is emptied after.
 *
 * Exactly once under retries. The order is found by its idempotency key first, so a retry
 * answers the order even after the basket was emptied. Before placing, the basket is stamped
 * with the key (compare-and-set); emptying afterwards only happens while the stamp is still
 * there, and every customer change drops it. So a checkout that died between placing and
 * emptying is finished by its retry, and a basket refilled after a checkout is never emptied
 * by that checkout's late retry. Concurrent checkouts with one key place one order (the
 * placing service's unique index) and empty the basket once.
 */
export class BasketCheckoutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: BasketStore,
    private readonly placing: PlaceOrderService,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async checkout(identity: Identity, request: CheckoutRequest, origin: ChangeOrigin): Promise<OrderEntity> {
    const customer = assertCanUseBasket(identity);
    const key = cleanIdempotencyKey(request.idempotencyKey, 'input.idempotencyKey');
    const done = await this.orderByKey(customer.userId, key);
    if (done) return this.emptyAfter(customer.userId, key, done);

    const basket = await this.stamp(customer.userId, key);
    if (!basket) {
      // A concurrent checkout with this key may have placed the order and emptied the basket
      // between the look-up above and now: then this request is that checkout's retry.
      const raced = await this.orderByKey(customer.userId, key);
      if (raced) return raced;
      throw new BadUserInputError('basket', 'The basket is empty');
    }
    const order = await this.placing.place(identity, this.placement(basket, request, key), origin).catch((error: unknown) => {
      throw asBasketError(error);
    });
    this.logger.info({ orderId: order.id, customerId: customer.userId, basketId: basket.id }, 'basket checked out');
    return this.emptyAfter(customer.userId, key, order);
  }

  /** Marks the basket's contents as this checkout's; null when it is empty or missing. */
  private async stamp(customerId: string, key: string): Promise<StoredBasket | null> {
    for (let round = 0; round < MAX_STAMP_ROUNDS; round += 1) {
      const current = await this.store.get(customerId);
      if (!current || current.basket.lines.length === 0) return null;
      if (current.basket.checkoutKey === key) return current.basket;
      const stamped = stampCheckout(current.basket, key);
      if (await this.store.compareAndSet(customerId, current.version, stamped)) return stamped;
    }
    throw new BadUserInputError('basket', 'The basket kept changing during checkout; try again');
  }

  /** Empties the basket if it still holds what the checkout with `key` took; answers the order. */
  private async emptyAfter(customerId: string, key: string, order: OrderEntity): Promise<OrderEntity> {
    await updateBasket(this.store, customerId, (current) =>
      current && current.checkoutKey === key ? clearBasket(current, this.clock()) : null,
    );
    return order;
  }

  private placement(basket: StoredBasket, request: CheckoutRequest, key: string): PlaceOrderRequest {
    return {
      restaurantId: basket.restaurantId!,
      lines: basket.lines.map((line) => ({ menuItemId: line.menuItemId, quantity: line.quantity, notes: line.notes })),
      deliveryAddress: request.deliveryAddress,
      paymentMethod: request.paymentMethod,
      notes: request.notes ?? null,
      idempotencyKey: key,
      couponCode: basket.couponCode,
      tip: basket.tip,
      scheduledFor: request.scheduledFor ?? null,
    };
  }

  private orderByKey(customerId: string, idempotencyKey: string): Promise<OrderEntity | null> {
    return this.dataSource.manager.findOneBy(OrderEntity, { customerId, idempotencyKey });
  }
}

/**
 * placeOrder names its own input's fields (`input.lines[0].menuItemId`, `input.couponCode`);
 * checkout has no such fields, the basket holds them, so those errors name `basket`.
 */
function asBasketError(error: unknown): unknown {
  if (!(error instanceof BadUserInputError)) return error;
  if (CHECKOUT_FIELDS.some((field) => error.field === field || error.field.startsWith(`${field}.`))) return error;
  return new BadUserInputError('basket', error.message);
}
