import type { MoneyValue } from '../../i18n/use-format';

export interface KioskLine {
  menuItemId: string;
  name: string;
  unitPrice: MoneyValue;
  quantity: number;
}

/** The kiosk's basket with one more (or one fewer) of a dish; a line at 0 goes. */
export function changeQuantity(lines: readonly KioskLine[], item: Omit<KioskLine, 'quantity'>, by: number): KioskLine[] {
  const existing = lines.find((l) => l.menuItemId === item.menuItemId);
  if (!existing) return by > 0 ? [...lines, { ...item, quantity: by }] : [...lines];
  return lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + by } : l)).filter((l) => l.quantity > 0);
}

export function kioskTotal(lines: readonly KioskLine[]): MoneyValue {
  return { amount: lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity, 0), currency: lines[0]?.unitPrice.currency ?? 'BRL' };
}
