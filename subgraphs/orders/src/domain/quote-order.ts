import { BadUserInputError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import { isOpenAt } from './opening-hours';
import { checkLineRequests, cleanNotes, type LineRequest } from './order-input-rules';
import { formatAmount, MAX_AMOUNT, meetsMinimumOrder, priceOrder, type OrderTotals, type PriceAdjustments } from './pricing';
import { Fulfilment } from './order-status';
import type { MenuItemView, RestaurantView } from './read-model';

/** A line with the price snapshot taken now: later menu price changes do not touch it. */
export interface QuotedLine {
  menuItemId: string;
  name: string;
  unitPrice: number;
  quantity: number;
  notes: string | null;
}

export interface Quote extends OrderTotals {
  currency: string;
  lines: QuotedLine[];
}

export interface QuoteRequest {
  restaurant: RestaurantView | null;
  /** The read model's items for the requested ids (missing ones are unknown). */
  items: ReadonlyMap<string, MenuItemView>;
  lines: readonly LineRequest[];
  now: Date;
  /** Argument paths for error messages. */
  fields: { restaurantId: string; lines: string };
  /** A coupon (already checked against the order) and a tip (already cleaned), if any. */
  adjustments?: PriceAdjustments;
  /**
   * Ordered for later: the restaurant need not be open now (its slot is checked against the
   * opening hours by `checkScheduledFor`), only ACTIVE.
   */
  scheduled?: boolean;
  /** A PICKUP order pays no delivery fee; absent means DELIVERY. */
  fulfilment?: Fulfilment;
}

/** Throws BAD_USER_INPUT on `field` unless the restaurant is known, ACTIVE and open now. */
export function checkRestaurantOrderable(
  restaurant: RestaurantView | null,
  now: Date,
  field: string,
  scheduled = false,
): asserts restaurant is RestaurantView {
  if (!restaurant) throw new BadUserInputError(field, 'No such restaurant');
  if (restaurant.status !== 'ACTIVE') throw new BadUserInputError(field, `${restaurant.name} does not take orders (it is not active)`);
  if (!scheduled && !isOpenAt(restaurant.openingHours, restaurant.acceptingOrders, restaurant.timeZone, now)) {
    throw new BadUserInputError(field, `${restaurant.name} is closed right now`);
  }
}

/**
 * Validates an order against the read model and prices it. Each refusal names its field:
 * the restaurant (`input.restaurantId`), a line's item or quantity (`input.lines[1].menuItemId`,
 * `input.lines[0].quantity`), or the whole list when the subtotal is below the minimum order.
 */
export function quoteOrder(request: QuoteRequest): Quote {
  const { restaurant, items, lines, now, fields } = request;
  checkLineRequests(lines, fields.lines);
  checkRestaurantOrderable(restaurant, now, fields.restaurantId, request.scheduled);
  const quoted = lines.map((line, i): QuotedLine => {
    const at = `${fields.lines}[${i}]`;
    const item = isUuid(line.menuItemId) ? items.get(line.menuItemId.toLowerCase()) : undefined;
    if (!item || item.deleted) throw new BadUserInputError(`${at}.menuItemId`, 'No such menu item');
    if (item.restaurantId !== restaurant.id)
      throw new BadUserInputError(`${at}.menuItemId`, `${item.name} is not on the menu of ${restaurant.name}`);
    if (!item.available || item.currency !== restaurant.currency)
      throw new BadUserInputError(`${at}.menuItemId`, `${item.name} is not available`);
    return {
      menuItemId: item.id,
      name: item.name,
      unitPrice: item.price,
      quantity: line.quantity,
      notes: cleanNotes(line.notes, `${at}.notes`),
    };
  });
  const deliveryFee = request.fulfilment === Fulfilment.Pickup ? 0 : restaurant.deliveryFee;
  const totals = priceOrder(quoted, deliveryFee, request.adjustments);
  if (totals.subtotal + totals.deliveryFee + totals.tip > MAX_AMOUNT) throw new BadUserInputError(fields.lines, 'The order is too large');
  if (!meetsMinimumOrder(totals, restaurant.minimumOrder)) {
    throw new BadUserInputError(
      fields.lines,
      `The minimum order at ${restaurant.name} is ${formatAmount(restaurant.minimumOrder, restaurant.currency)}`,
    );
  }
  return { ...totals, currency: restaurant.currency, lines: quoted };
}
