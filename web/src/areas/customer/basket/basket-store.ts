import { useSyncExternalStore } from 'react';
import type { MoneyValue } from '../../../i18n/use-format';

export interface BasketLine {
  menuItemId: string;
  name: string;
  unitPrice: MoneyValue;
  quantity: number;
  notes?: string;
}

export interface Basket {
  restaurantId: string;
  restaurantName: string;
  lines: BasketLine[];
}

const KEY = 'foodgraph.basket';

/**
 * The customer's basket, kept in this browser until the server-side basket exists (issue 17):
 * one restaurant at a time, as an order is; it survives reloads and is shared by tabs.
 */
class BasketStore {
  private basket: Basket | null = read();
  private readonly listeners = new Set<() => void>();

  constructor() {
    window.addEventListener('storage', (event) => {
      if (event.key !== KEY) return;
      this.basket = read();
      this.emit();
    });
  }

  get = (): Basket | null => this.basket;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Adds one of the item; an item of another restaurant starts a new basket (the caller confirms first). */
  add(restaurant: { id: string; name: string }, item: Omit<BasketLine, 'quantity'>, quantity = 1): void {
    const current =
      this.basket?.restaurantId === restaurant.id
        ? this.basket
        : { restaurantId: restaurant.id, restaurantName: restaurant.name, lines: [] };
    const existing = current.lines.find((l) => l.menuItemId === item.menuItemId);
    const lines = existing
      ? current.lines.map((l) => (l === existing ? { ...l, quantity: l.quantity + quantity } : l))
      : [...current.lines, { ...item, quantity }];
    this.write({ ...current, lines });
  }

  setQuantity(menuItemId: string, quantity: number): void {
    if (!this.basket) return;
    const lines = this.basket.lines.map((l) => (l.menuItemId === menuItemId ? { ...l, quantity } : l)).filter((l) => l.quantity > 0);
    this.write(lines.length ? { ...this.basket, lines } : null);
  }

  clear(): void {
    this.write(null);
  }

  private write(basket: Basket | null): void {
    this.basket = basket;
    if (basket) localStorage.setItem(KEY, JSON.stringify(basket));
    else localStorage.removeItem(KEY);
    for (const listener of this.listeners) listener();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function read(): Basket | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Basket) : null;
  } catch {
    return null;
  }
}

export const basketStore = new BasketStore();

export function useBasket(): Basket | null {
  return useSyncExternalStore(basketStore.subscribe, basketStore.get);
}

export function basketCount(basket: Basket | null): number {
  return basket?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0;
}

/** What the lines cost before the delivery fee (the server prices the order; this is a preview). */
export function basketSubtotal(basket: Basket): MoneyValue {
  const currency = basket.lines[0]?.unitPrice.currency ?? 'USD';
  return { amount: basket.lines.reduce((sum, l) => sum + l.unitPrice.amount * l.quantity, 0), currency };
}
