import { createApolloClient } from '../../apollo/create-client';
import { SessionStore } from '../../session/session-store';
import { TokenRefresher } from '../../session/token-refresher';

/**
 * The kiosk's own API client and session: the customer identified at the kiosk (or the guest)
 * is kept in this tab only (sessionStorage, its own key), never in the browser's sign-in — a
 * partner who opens the kiosk from their back office stays signed in there, and the customer's
 * short session never outlives the kiosk's tab.
 */
export function createKioskClient(onSessionEnded: () => void) {
  const store = new SessionStore(window.sessionStorage, 'foodgraph.kiosk.session');
  const tokens = new TokenRefresher(store, onSessionEnded);
  return { store, ...createApolloClient(tokens) };
}

export type KioskClient = ReturnType<typeof createKioskClient>;
