import { useEffect, useRef } from 'react';
import { basketStore, useBasket } from './basket-store';
import { useServerBasket } from './use-server-basket';

/**
 * Moves what a visitor put in the basket while signed out to their server-side basket as soon
 * as they have a session (signed in, registered or continuing as a guest), then forgets the
 * browser's copy. The browser's basket is the latest choice, so it replaces a server basket of
 * another restaurant rather than being refused by it (CONFLICT).
 */
export function BasketHandover() {
  const local = useBasket();
  const server = useServerBasket();
  const moving = useRef(false);
  const ready = server.enabled && !server.loading && local !== null && local.lines.length > 0;

  useEffect(() => {
    if (!ready || moving.current || !local) return;
    moving.current = true;
    void (async () => {
      try {
        if (server.basket?.restaurant && server.basket.restaurant.id !== local.restaurantId) await server.clear();
        for (const line of local.lines) await server.add(line.menuItemId, line.quantity, line.notes);
      } catch {
        // A dish that is gone or unavailable now is simply not carried over; the basket says what is there.
      } finally {
        basketStore.clear();
        moving.current = false;
      }
    })();
  }, [ready, local, server]);
  return null;
}

/** Whether the browser still holds a basket that is on its way to the server. */
export function useBasketHandoverPending(): boolean {
  const local = useBasket();
  const server = useServerBasket();
  return server.enabled && local !== null && local.lines.length > 0;
}
