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
  total: number;
}

export function lineTotal(line: PriceableLine): number {
  return line.unitPrice * line.quantity;
}

/** Subtotal of the lines, plus the restaurant's delivery fee. Integer arithmetic only. */
export function priceOrder(lines: readonly PriceableLine[], deliveryFee: number): OrderTotals {
  const subtotal = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  return { subtotal, deliveryFee, total: subtotal + deliveryFee };
}

/** The minimum order applies to the food, not the delivery fee. */
export function meetsMinimumOrder(totals: OrderTotals, minimumOrder: number): boolean {
  return totals.subtotal >= minimumOrder;
}

/** Formats minor units for messages, e.g. 1250 EUR → "12.50 EUR". */
export function formatAmount(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency}`;
}
