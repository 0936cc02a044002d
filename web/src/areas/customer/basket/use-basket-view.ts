import type { BasketViewFragment } from '@generated/graphql';
import type { MoneyValue } from '../../../i18n/use-format';
import { basketStore, basketSubtotal, useBasket, type Basket } from './basket-store';
import { useServerBasket } from './use-server-basket';

export interface BasketViewLine {
  /** The server's line id, or the menu item's id for a basket still in this browser. */
  key: string;
  menuItemId: string;
  name: string;
  quantity: number;
  lineTotal: MoneyValue;
}

/** What the basket beside a menu shows, wherever the basket is kept. */
export interface BasketView {
  restaurantId: string;
  restaurantName: string;
  lines: BasketViewLine[];
  subtotal: MoneyValue;
  /** The server's basket (totals, coupon, tip, problems); null while it is in this browser. */
  server: BasketViewFragment | null;
}

function fromServer(basket: BasketViewFragment | null): BasketView | null {
  if (!basket?.restaurant || basket.lines.length === 0) return null;
  return {
    restaurantId: basket.restaurant.id,
    restaurantName: basket.restaurant.name,
    lines: basket.lines.map((l) => ({ key: l.id, menuItemId: l.menuItem.id, name: l.name, quantity: l.quantity, lineTotal: l.lineTotal })),
    subtotal: basket.subtotal,
    server: basket,
  };
}

function fromBrowser(basket: Basket | null): BasketView | null {
  if (!basket || basket.lines.length === 0) return null;
  return {
    restaurantId: basket.restaurantId,
    restaurantName: basket.restaurantName,
    lines: basket.lines.map((l) => ({
      key: l.menuItemId,
      menuItemId: l.menuItemId,
      name: l.name,
      quantity: l.quantity,
      lineTotal: { amount: l.unitPrice.amount * l.quantity, currency: l.unitPrice.currency },
    })),
    subtotal: basketSubtotal(basket),
    server: null,
  };
}

/**
 * One basket for the screens: the server's once someone may have one (a customer or a guest),
 * before that the one this browser holds (a visitor browsing signed out), which BasketHandover
 * moves to the server when a session starts.
 */
export function useBasketView() {
  const local = useBasket();
  const server = useServerBasket();
  const view = server.enabled ? fromServer(server.basket) : fromBrowser(local);
  return {
    view,
    server,
    count: view?.lines.reduce((n, l) => n + l.quantity, 0) ?? 0,
    /** Adds one of the item (the caller asked first when the basket is another restaurant's). */
    async add(restaurant: { id: string; name: string }, item: { id: string; name: string; price: MoneyValue }): Promise<void> {
      if (!server.enabled) return basketStore.add(restaurant, { menuItemId: item.id, name: item.name, unitPrice: item.price });
      await server.add(item.id).catch(() => undefined);
    },
    async setQuantity(line: BasketViewLine, quantity: number): Promise<void> {
      if (!server.enabled) return basketStore.setQuantity(line.menuItemId, quantity);
      await server.setQuantity(line.key, quantity).catch(() => undefined);
    },
    async clear(): Promise<void> {
      if (!server.enabled) return basketStore.clear();
      await server.clear().catch(() => undefined);
    },
  };
}
