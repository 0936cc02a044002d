import type { StoredBasket, StoredBasketLine } from './basket';
import { isOpenAt } from './opening-hours';
import { formatAmount, lineTotal, MAX_AMOUNT } from './pricing';
import type { MenuItemView, RestaurantView } from './read-model';

/**
 * The currency an empty basket shows its zeros in: without a restaurant there is no currency
 * to take, and restaurants of one platform share one in practice (as the dashboard assumes).
 */
export const EMPTY_BASKET_CURRENCY = 'EUR';

/** What the coupon rules say about the basket's code for a subtotal: its discount, or why not. */
export type CouponOutcome = { discount: number } | { problem: string };

export interface BasketQuoteRequest {
  basket: StoredBasket;
  restaurant: RestaurantView | null;
  /** The read model's items of the basket's lines, by id. */
  items: ReadonlyMap<string, MenuItemView>;
  now: Date;
  /**
   * The coupon rules' verdict on `basket.couponCode` for this basket (its subtotal is
   * `basketSubtotal`); null or absent when there is no code.
   */
  coupon?: CouponOutcome | null;
}

export interface QuotedBasketLine extends StoredBasketLine {
  lineTotal: number;
}

export interface BasketQuote {
  currency: string;
  lines: QuotedBasketLine[];
  subtotal: number;
  deliveryFee: number;
  discount: number;
  tip: number;
  total: number;
  /** Why checkout would fail now, in words a customer understands; empty when it would go through. */
  problems: string[];
}

/**
 * Prices the basket from the current read model and lists what stands in the way of checking
 * it out now. Lines are priced at today's menu price; a line whose item left the menu keeps its
 * last known price so the basket still adds up, and is named among the problems. The rules are
 * placeOrder's (`quote-order.ts`), reported instead of thrown.
 */
export function quoteBasket(request: BasketQuoteRequest): BasketQuote {
  const { basket, restaurant, items, now } = request;
  const problems: string[] = [];
  const currency = restaurant?.currency ?? EMPTY_BASKET_CURRENCY;
  if (basket.lines.length === 0) problems.push('The basket is empty');

  const lines = basket.lines.map((line): QuotedBasketLine => {
    const item = menuItemOf(line, restaurant, items);
    if (!item) {
      problems.push(`${line.name} is no longer on the menu`);
      return { ...line, lineTotal: lineTotal(line) };
    }
    if (!item.available || (restaurant && item.currency !== restaurant.currency)) problems.push(`${item.name} is not available`);
    const current = { ...line, name: item.name, unitPrice: item.price };
    return { ...current, lineTotal: lineTotal(current) };
  });
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);

  if (basket.lines.length > 0) problems.push(...restaurantProblems(restaurant, subtotal, now));
  const deliveryFee = basket.lines.length > 0 && restaurant ? restaurant.deliveryFee : 0;

  let discount = 0;
  const outcome = basket.couponCode !== null ? request.coupon : null;
  if (outcome && 'problem' in outcome) problems.push(outcome.problem);
  else if (outcome) discount = Math.min(outcome.discount, subtotal);
  const total = subtotal + deliveryFee - discount + basket.tip;
  if (total > MAX_AMOUNT) problems.push('The order is too large');
  return { currency, lines, subtotal, deliveryFee, discount, tip: basket.tip, total, problems };
}

/** The subtotal at today's prices (what a coupon is judged on), as `quoteBasket` computes it. */
export function basketSubtotal(basket: StoredBasket, restaurant: RestaurantView | null, items: ReadonlyMap<string, MenuItemView>): number {
  return basket.lines.reduce(
    (sum, line) => sum + lineTotal({ ...line, unitPrice: menuItemOf(line, restaurant, items)?.price ?? line.unitPrice }),
    0,
  );
}

/** The line's item on the restaurant's menu today, or null when it left it. */
function menuItemOf(
  line: StoredBasketLine,
  restaurant: RestaurantView | null,
  items: ReadonlyMap<string, MenuItemView>,
): MenuItemView | null {
  const item = items.get(line.menuItemId);
  if (!item || item.deleted || (restaurant && item.restaurantId !== restaurant.id)) return null;
  return item;
}

function restaurantProblems(restaurant: RestaurantView | null, subtotal: number, now: Date): string[] {
  if (!restaurant) return ['The restaurant no longer takes orders'];
  if (restaurant.status !== 'ACTIVE') return [`${restaurant.name} does not take orders (it is not active)`];
  const problems: string[] = [];
  if (!isOpenAt(restaurant.openingHours, restaurant.acceptingOrders, restaurant.timeZone, now))
    problems.push(`${restaurant.name} is closed right now`);
  if (subtotal < restaurant.minimumOrder)
    problems.push(`The minimum order at ${restaurant.name} is ${formatAmount(restaurant.minimumOrder, restaurant.currency)}`);
  return problems;
}
