import { couponDiscount, type CouponValue } from './coupon-discount';

/** Largest amount a money column holds (PostgreSQL `integer`), in minor units. */
export const MAX_AMOUNT = 2_147_483_647;

/** What pricing needs of a line: the snapshotted unit price and the quantity. */
export interface PriceableLine {
  unitPrice: number;
  quantity: number;
}

/** The totals of an order, all in minor units of the restaurant's currency. */
export interface OrderTotals {
  subtotal: number;
  deliveryFee: number;
  /** What a coupon takes off the food; 0 without one. */
  discount: number;
  /** The courier's tip; 0 without one. */
  tip: number;
  /** subtotal + deliveryFee − discount + tip: what the customer pays. */
  total: number;
}

/** What changes an order's price beyond its lines and fee. */
export interface PriceAdjustments {
  /** The coupon's terms; its discount never exceeds the subtotal. */
  coupon?: CouponValue | null;
  /** Minor units, already checked (`cleanTip`). */
  tip?: number;
}

export function lineTotal(line: PriceableLine): number {
  return line.unitPrice * line.quantity;
}

/**
 * Prices an order (or a basket): the lines' subtotal, the delivery fee, less the coupon's
 * discount, plus the tip. Integer arithmetic only.
 */
export function priceOrder(lines: readonly PriceableLine[], deliveryFee: number, adjustments: PriceAdjustments = {}): OrderTotals {
  const subtotal = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  const discount = adjustments.coupon ? couponDiscount(adjustments.coupon, subtotal) : 0;
  const tip = adjustments.tip ?? 0;
  return { subtotal, deliveryFee, discount, tip, total: subtotal + deliveryFee - discount + tip };
}

/** The minimum order applies to the food before any discount, not the delivery fee or tip. */
export function meetsMinimumOrder(totals: Pick<OrderTotals, 'subtotal'>, minimumOrder: number): boolean {
  return totals.subtotal >= minimumOrder;
}

/** Formats minor units for messages, e.g. 1250 EUR → "12.50 EUR". */
export function formatAmount(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency}`;
}
