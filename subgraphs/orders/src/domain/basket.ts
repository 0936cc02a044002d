import { BadUserInputError, ConflictError, NotFoundError } from '@foodgraph/platform/errors';
import { cleanTip } from './tip-rules';
import { cleanNotes, MAX_LINES, MAX_QUANTITY, MIN_QUANTITY } from './order-input-rules';
import type { MenuItemView, RestaurantView } from './read-model';

/**
 * A customer's basket as it is stored (Redis or memory): what was chosen, not what it costs.
 * Prices, names and availability are read from the menu read model every time the basket is
 * shown or checked out (`basket-quote.ts`); `name` and `unitPrice` are only what the item was
 * when last seen, shown for a line whose item has since left the menu.
 */
export interface StoredBasketLine {
  id: string;
  menuItemId: string;
  quantity: number;
  notes: string | null;
  name: string;
  unitPrice: number;
}

export interface StoredBasket {
  id: string;
  /** The restaurant of its lines; null while it has none, so any restaurant's item may come next. */
  restaurantId: string | null;
  lines: StoredBasketLine[];
  /** Normalized (`normalizeCouponCode`); judged again at every read and at checkout. */
  couponCode: string | null;
  /** Minor units for the courier. */
  tip: number;
  /** ISO-8601. */
  updatedAt: string;
  /**
   * The idempotency key of the checkout that took these exact contents. Set just before the
   * order is placed and dropped by any later change, so a retried checkout empties the basket
   * only while it still holds what that checkout ordered — never a basket refilled since.
   */
  checkoutKey: string | null;
}

export function emptyBasket(id: string, now: Date): StoredBasket {
  return { id, restaurantId: null, lines: [], couponCode: null, tip: 0, updatedAt: now.toISOString(), checkoutKey: null };
}

/** Any customer change: a new `updatedAt`, and the contents no longer those a checkout took. */
function changed(basket: StoredBasket, now: Date, patch: Partial<StoredBasket>): StoredBasket {
  return { ...basket, ...patch, updatedAt: now.toISOString(), checkoutKey: null };
}

function checkQuantity(quantity: number, field: string, min: number): void {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_QUANTITY)
    throw new BadUserInputError(field, `Quantity must be between ${min} and ${MAX_QUANTITY}`);
}

export interface AddToBasketRequest {
  item: MenuItemView | null;
  /** The item's restaurant, from the read model. */
  restaurant: RestaurantView | null;
  quantity: number;
  notes?: string | null | undefined;
  /** Id of the line if a new one is needed. */
  newLineId: string;
  now: Date;
}

/**
 * Adds `quantity` of an item. The same item with the same notes grows its line (still at most
 * 50); other notes make another line. An item of another restaurant than the basket's is a
 * CONFLICT: one order comes from one kitchen, and silently dropping the other lines would lose
 * what the customer chose.
 */
export function addToBasket(basket: StoredBasket, request: AddToBasketRequest): StoredBasket {
  const { item, restaurant, quantity, now } = request;
  checkQuantity(quantity, 'quantity', MIN_QUANTITY);
  const notes = cleanNotes(request.notes, 'notes');
  if (!item || item.deleted) throw new BadUserInputError('menuItemId', 'No such menu item');
  if (!restaurant || restaurant.id !== item.restaurantId || restaurant.status !== 'ACTIVE')
    throw new BadUserInputError('menuItemId', `${item.name} cannot be ordered: its restaurant does not take orders`);
  if (!item.available) throw new BadUserInputError('menuItemId', `${item.name} is not available`);
  if (basket.restaurantId !== null && basket.lines.length > 0 && basket.restaurantId !== item.restaurantId)
    throw new ConflictError("The basket holds another restaurant's items; clear it before adding this one");

  const same = basket.lines.find((line) => line.menuItemId === item.id && line.notes === notes);
  if (same) {
    checkQuantity(same.quantity + quantity, 'quantity', MIN_QUANTITY);
    const lines = basket.lines.map((line) =>
      line === same ? { ...line, quantity: line.quantity + quantity, name: item.name, unitPrice: item.price } : line,
    );
    return changed(basket, now, { lines, restaurantId: item.restaurantId });
  }
  if (basket.lines.length >= MAX_LINES) throw new BadUserInputError('menuItemId', `A basket has at most ${MAX_LINES} lines`);
  const line: StoredBasketLine = { id: request.newLineId, menuItemId: item.id, quantity, notes, name: item.name, unitPrice: item.price };
  return changed(basket, now, { lines: [...basket.lines, line], restaurantId: item.restaurantId });
}

/** Sets a line's quantity; 0 removes it. An unknown line is NOT_FOUND. */
export function updateBasketLine(basket: StoredBasket, lineId: string, quantity: number, now: Date): StoredBasket {
  const line = basket.lines.find((l) => l.id === lineId.toLowerCase());
  if (!line) throw new NotFoundError('Basket line', lineId);
  checkQuantity(quantity, 'quantity', 0);
  const lines = quantity === 0 ? basket.lines.filter((l) => l !== line) : basket.lines.map((l) => (l === line ? { ...l, quantity } : l));
  return changed(basket, now, { lines, restaurantId: lines.length === 0 ? null : basket.restaurantId });
}

/** Empties the basket: lines, coupon and tip. Its id stays, so a client's cache stays valid. */
export function clearBasket(basket: StoredBasket, now: Date): StoredBasket {
  return changed(basket, now, { lines: [], restaurantId: null, couponCode: null, tip: 0 });
}

/** Sets the tip in minor units, by placeOrder's rule (a whole amount, 0 up to its maximum). */
export function setBasketTip(basket: StoredBasket, amount: number, now: Date): StoredBasket {
  return changed(basket, now, { tip: cleanTip(amount, 'amount') });
}

/** Sets the coupon code, already normalized (`normalizeCouponCode`) and checked by the caller. */
export function setBasketCoupon(basket: StoredBasket, code: string | null, now: Date): StoredBasket {
  return changed(basket, now, { couponCode: code });
}

/** Marks the current contents as taken by the checkout with `key` (nothing else changes). */
export function stampCheckout(basket: StoredBasket, key: string): StoredBasket {
  return { ...basket, checkoutKey: key };
}
