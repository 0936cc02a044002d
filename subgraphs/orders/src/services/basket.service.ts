import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError, NotFoundError } from '@foodgraph/platform/errors';
import { uuidv7 } from '@foodgraph/platform/ids';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import {
  addToBasket,
  clearBasket,
  emptyBasket,
  setBasketCoupon,
  setBasketTip,
  updateBasketLine,
  type StoredBasket,
} from '../domain/basket';
import { basketSubtotal, EMPTY_BASKET_CURRENCY, quoteBasket, type BasketQuote, type CouponOutcome } from '../domain/basket-quote';
import type { MenuItemView, RestaurantView } from '../domain/read-model';
import { normalizeCouponCode } from '../domain/coupon-terms';
import { assertCanUseBasket } from './access';
import { updateBasket, type BasketStore } from './basket-store';
import { findMenuItems, findRestaurant } from './menu-read-model';

/** A basket with its prices and problems as of now. */
export interface PricedBasket {
  basket: StoredBasket;
  quote: BasketQuote;
}

/** Where the basket is when a coupon is judged. */
export interface BasketCouponUse {
  customerId: string;
  /** null while the basket is empty: then any restaurant's coupon may be applied. */
  restaurantId: string | null;
  currency: string;
  /**
   * The subtotal to judge the coupon's minimum order on; null when applying a code, since a
   * basket below the minimum can still grow into it (it shows as a problem meanwhile).
   */
  subtotal: number | null;
  now: Date;
}

/** The coupon rules as the basket asks them. */
export interface BasketCoupons {
  /** Its discount or why it does not apply to this basket now; null when no coupon has that code. */
  judge(code: string, use: BasketCouponUse): Promise<CouponOutcome | null>;
}

/**
 * The customer's server-side basket: what they chose, kept in the basket store (Redis or
 * memory) and priced from the menu read model whenever it is shown, so a price change or a
 * dish running out shows at once. Checking it out is `basket-checkout.service.ts`.
 */
export class BasketService {
  constructor(
    private readonly dataSource: DataSource,
    readonly store: BasketStore,
    private readonly coupons: BasketCoupons,
    private readonly clock: Clock,
  ) {}

  /** The caller's basket, or null when they have none (never filled, or idle past its TTL). */
  async mine(identity: Identity): Promise<PricedBasket | null> {
    const customer = assertCanUseBasket(identity);
    const stored = await this.store.get(customer.userId);
    return stored ? this.price(customer.userId, stored.basket) : null;
  }

  async add(identity: Identity, menuItemId: string, quantity: number, notes: string | null | undefined): Promise<PricedBasket> {
    const customer = assertCanUseBasket(identity);
    const manager = this.dataSource.manager;
    const item = (await findMenuItems(manager, [menuItemId])).get(menuItemId.toLowerCase()) ?? null;
    const restaurant = item ? await findRestaurant(manager, item.restaurantId) : null;
    const newLineId = uuidv7();
    const basket = await this.change(customer.userId, (current, now) =>
      addToBasket(current ?? emptyBasket(uuidv7(now.getTime()), now), { item, restaurant, quantity, notes, newLineId, now }),
    );
    return this.price(customer.userId, basket);
  }

  async updateLine(identity: Identity, lineId: string, quantity: number): Promise<PricedBasket> {
    const customer = assertCanUseBasket(identity);
    const basket = await this.change(customer.userId, (current, now) => {
      if (!current) throw new NotFoundError('Basket line', lineId);
      return updateBasketLine(current, lineId, quantity, now);
    });
    return this.price(customer.userId, basket);
  }

  async clear(identity: Identity): Promise<PricedBasket> {
    const customer = assertCanUseBasket(identity);
    const basket = await this.change(customer.userId, (current, now) =>
      current ? clearBasket(current, now) : emptyBasket(uuidv7(now.getTime()), now),
    );
    return this.price(customer.userId, basket);
  }

  async setTip(identity: Identity, amount: number): Promise<PricedBasket> {
    const customer = assertCanUseBasket(identity);
    const basket = await this.change(customer.userId, (current, now) =>
      setBasketTip(current ?? emptyBasket(uuidv7(now.getTime()), now), amount, now),
    );
    return this.price(customer.userId, basket);
  }

  /**
   * Applies a coupon code (null or blank removes it). A code no coupon has, or a coupon that
   * cannot be used on this basket (expired, another restaurant's, used up…), is refused naming
   * `code`; one that stops applying later shows among the problems instead.
   */
  async applyCoupon(identity: Identity, code: string | null | undefined): Promise<PricedBasket> {
    const customer = assertCanUseBasket(identity);
    const normalized = normalizeCouponCode(code);
    if (normalized !== null) {
      const basket = (await this.store.get(customer.userId))?.basket ?? emptyBasket('', this.clock());
      const { restaurant } = await this.readModelOf(basket);
      const verdict = await this.coupons.judge(normalized, {
        customerId: customer.userId,
        restaurantId: basket.restaurantId,
        currency: restaurant?.currency ?? EMPTY_BASKET_CURRENCY,
        subtotal: null,
        now: this.clock(),
      });
      if (verdict === null) throw new BadUserInputError('code', `There is no coupon ${normalized}`);
      if ('problem' in verdict) throw new BadUserInputError('code', verdict.problem);
    }
    const basket = await this.change(customer.userId, (current, now) =>
      setBasketCoupon(current ?? emptyBasket(uuidv7(now.getTime()), now), normalized, now),
    );
    return this.price(customer.userId, basket);
  }

  /** Prices a stored basket from the read model as of now, its coupon judged on it. */
  async price(customerId: string, basket: StoredBasket): Promise<PricedBasket> {
    const now = this.clock();
    const { restaurant, items } = await this.readModelOf(basket);
    let coupon: CouponOutcome | null = null;
    if (basket.couponCode !== null) {
      const use = {
        customerId,
        restaurantId: basket.restaurantId,
        currency: restaurant?.currency ?? EMPTY_BASKET_CURRENCY,
        subtotal: basketSubtotal(basket, restaurant, items),
        now,
      };
      // A code whose coupon is gone since it was applied is as good as invalid.
      coupon = (await this.coupons.judge(basket.couponCode, use)) ?? { problem: `The coupon ${basket.couponCode} is no longer valid` };
    }
    return { basket, quote: quoteBasket({ basket, restaurant, items, now, coupon }) };
  }

  private async readModelOf(basket: StoredBasket): Promise<{ restaurant: RestaurantView | null; items: Map<string, MenuItemView> }> {
    const manager = this.dataSource.manager;
    const restaurant = basket.restaurantId ? await findRestaurant(manager, basket.restaurantId) : null;
    const items = await findMenuItems(
      manager,
      basket.lines.map((line) => line.menuItemId),
    );
    return { restaurant, items };
  }

  /** One change of the caller's basket, retried on concurrent writes; every write restarts its idle TTL. */
  private async change(customerId: string, apply: (current: StoredBasket | null, now: Date) => StoredBasket): Promise<StoredBasket> {
    const stored = await updateBasket(this.store, customerId, (current) => apply(current, this.clock()));
    return stored!;
  }
}
