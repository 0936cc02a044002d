import type { UserIdentity } from '@foodgraph/platform/auth';
import { BadUserInputError } from '@foodgraph/platform/errors';
import { createLogger } from '@foodgraph/platform/logging';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { emptyBasket, type StoredBasket } from '../../src/domain/basket';
import { PaymentMethod } from '../../src/domain/order-status';
import type { OrderEntity } from '../../src/entities/order.entity';
import { BasketCheckoutService, type CheckoutRequest } from '../../src/services/basket-checkout.service';
import { createMemoryBasketStore, updateBasket, type BasketStore } from '../../src/services/basket-store';
import type { PlaceOrderRequest, PlaceOrderService } from '../../src/services/place-order.service';

const NOW = new Date('2026-11-23T12:00:00Z');
const CUSTOMER: UserIdentity = { kind: 'user', userId: '0190a000-0000-7000-8000-0000000000c1', role: 'CUSTOMER', isGuest: false };
const ORIGIN = { correlationId: 'request-1', causationId: null };
const REQUEST: CheckoutRequest = {
  deliveryAddress: { line1: 'Customer Road 5', city: 'Springfield', postalCode: '12345' },
  paymentMethod: PaymentMethod.CashOnDelivery,
  idempotencyKey: 'key-1',
};

const FULL: StoredBasket = {
  ...emptyBasket('basket-1', NOW),
  restaurantId: '0190a000-0000-7000-8000-000000000001',
  lines: [{ id: 'line-1', menuItemId: '0190a000-0000-7000-8000-000000000101', quantity: 2, notes: 'hot', name: 'Soup', unitPrice: 450 }],
  couponCode: 'SAVE10',
  tip: 300,
};

/**
 * Stands in for the orders table and PlaceOrderService: one order per idempotency key, as the
 * unique index makes it; `crashAfterPlacing` fails the call after the order is stored, like a
 * process dying between placing and emptying the basket.
 */
class FakePlacing {
  readonly orders = new Map<string, OrderEntity>();
  readonly requests: PlaceOrderRequest[] = [];
  crashAfterPlacing = false;
  refuseWith: Error | null = null;

  place(_identity: unknown, request: PlaceOrderRequest): Promise<OrderEntity> {
    this.requests.push(request);
    if (this.refuseWith) return Promise.reject(this.refuseWith);
    let order = this.orders.get(request.idempotencyKey);
    if (!order) {
      order = { id: `order-${this.orders.size + 1}`, idempotencyKey: request.idempotencyKey } as OrderEntity;
      this.orders.set(request.idempotencyKey, order);
    }
    return this.crashAfterPlacing ? Promise.reject(new Error('crashed after placing')) : Promise.resolve(order);
  }

  get dataSource(): DataSource {
    const manager = {
      findOneBy: (_: unknown, where: { idempotencyKey: string }) => Promise.resolve(this.orders.get(where.idempotencyKey) ?? null),
    };
    return { manager } as unknown as DataSource;
  }
}

let store: BasketStore;
let placing: FakePlacing;
let service: BasketCheckoutService;
beforeEach(async () => {
  store = createMemoryBasketStore({ idleTtlMs: 60_000, clock: () => NOW });
  placing = new FakePlacing();
  service = new BasketCheckoutService(
    placing.dataSource,
    store,
    placing as unknown as PlaceOrderService,
    () => NOW,
    createLogger('test', 'silent'),
  );
  await store.compareAndSet(CUSTOMER.userId, 0, FULL);
});

const basketNow = async () => (await store.get(CUSTOMER.userId))?.basket;
const refusal = (error: unknown) => (error instanceof GraphQLError ? [error.extensions['code'], error.extensions['field']] : error);

describe('checking a basket out', () => {
  it("places the basket's lines, coupon and tip with the checkout's address, payment and time, then empties it", async () => {
    const scheduledFor = new Date('2026-11-23T18:00:00Z');
    const order = await service.checkout(CUSTOMER, { ...REQUEST, notes: 'ring twice', scheduledFor }, ORIGIN);
    expect(order.id).toBe('order-1');
    expect(placing.requests).toEqual([
      {
        restaurantId: FULL.restaurantId,
        lines: [{ menuItemId: FULL.lines[0].menuItemId, quantity: 2, notes: 'hot' }],
        deliveryAddress: REQUEST.deliveryAddress,
        paymentMethod: PaymentMethod.CashOnDelivery,
        notes: 'ring twice',
        idempotencyKey: 'key-1',
        couponCode: 'SAVE10',
        tip: 300,
        scheduledFor,
      },
    ]);
    expect(await basketNow()).toMatchObject({ id: 'basket-1', lines: [], couponCode: null, tip: 0, checkoutKey: null });
  });

  it('refuses an empty or missing basket naming it', async () => {
    await updateBasket(store, CUSTOMER.userId, (b) => ({ ...b!, lines: [] }));
    expect(refusal(await service.checkout(CUSTOMER, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual(['BAD_USER_INPUT', 'basket']);
    const stranger = { ...CUSTOMER, userId: '0190a000-0000-7000-8000-0000000000c2' };
    expect(refusal(await service.checkout(stranger, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual(['BAD_USER_INPUT', 'basket']);
    expect(placing.requests).toEqual([]);
  });

  it('finishes, on retry, a checkout that died between placing and emptying', async () => {
    placing.crashAfterPlacing = true;
    await expect(service.checkout(CUSTOMER, REQUEST, ORIGIN)).rejects.toThrow('crashed after placing');
    expect((await basketNow())?.checkoutKey).toBe('key-1');
    placing.crashAfterPlacing = false;
    expect((await service.checkout(CUSTOMER, REQUEST, ORIGIN)).id).toBe('order-1');
    expect((await basketNow())?.lines).toEqual([]);
    expect(placing.orders.size).toBe(1);
  });

  it('answers a late retry with the same order and leaves a basket filled since as it is', async () => {
    await service.checkout(CUSTOMER, REQUEST, ORIGIN);
    await store.compareAndSet(CUSTOMER.userId, (await store.get(CUSTOMER.userId))!.version, { ...FULL, checkoutKey: null, tip: 0 });
    expect((await service.checkout(CUSTOMER, REQUEST, ORIGIN)).id).toBe('order-1');
    expect((await basketNow())?.lines).toHaveLength(1);
    expect(placing.requests).toHaveLength(1);
  });

  it('does not empty a basket the customer changed while it was being placed', async () => {
    placing.crashAfterPlacing = true;
    await service.checkout(CUSTOMER, REQUEST, ORIGIN).catch(() => undefined);
    // The customer adds to the basket: the stamp goes, so the retry must not empty it.
    await updateBasket(store, CUSTOMER.userId, (b) => ({ ...b!, tip: 500, checkoutKey: null }));
    placing.crashAfterPlacing = false;
    expect((await service.checkout(CUSTOMER, REQUEST, ORIGIN)).id).toBe('order-1');
    expect(await basketNow()).toMatchObject({ lines: FULL.lines, tip: 500 });
  });

  it('places one order and empties the basket once under ten concurrent checkouts with one key', async () => {
    const orders = await Promise.all(Array.from({ length: 10 }, () => service.checkout(CUSTOMER, REQUEST, ORIGIN)));
    expect(new Set(orders.map((o) => o.id))).toEqual(new Set(['order-1']));
    expect(placing.orders.size).toBe(1);
    expect((await basketNow())?.lines).toEqual([]);
  });

  it("names the basket for placeOrder's refusals of what the basket holds, and keeps checkout's own fields", async () => {
    placing.refuseWith = new BadUserInputError('input.lines[0].menuItemId', 'Soup is not available');
    expect(refusal(await service.checkout(CUSTOMER, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual(['BAD_USER_INPUT', 'basket']);
    placing.refuseWith = new BadUserInputError('input.couponCode', 'The coupon SAVE10 has expired');
    expect(refusal(await service.checkout(CUSTOMER, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual(['BAD_USER_INPUT', 'basket']);
    placing.refuseWith = new BadUserInputError('input.deliveryAddress.city', 'city is required');
    expect(refusal(await service.checkout(CUSTOMER, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual([
      'BAD_USER_INPUT',
      'input.deliveryAddress.city',
    ]);
    placing.refuseWith = new BadUserInputError('input.scheduledFor', 'closed then');
    expect(refusal(await service.checkout(CUSTOMER, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual([
      'BAD_USER_INPUT',
      'input.scheduledFor',
    ]);
    // Nothing was placed, so the basket stays as it was.
    expect((await basketNow())?.lines).toEqual(FULL.lines);
  });

  it('is for customers only', async () => {
    const courier: UserIdentity = { ...CUSTOMER, role: 'COURIER' };
    expect(refusal(await service.checkout(courier, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual(['FORBIDDEN', undefined]);
    expect(refusal(await service.checkout({ kind: 'anonymous' }, REQUEST, ORIGIN).catch((e: unknown) => e))).toEqual([
      'UNAUTHENTICATED',
      undefined,
    ]);
  });
});
