import { sessionFromPayload, type Session } from '../../session/session-store';

/** What identifyCustomer and startGuestSession both answer, as much as the kiosk needs. */
export interface KioskSessionPayload {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; name: string; isGuest?: boolean };
}

/**
 * The kiosk's session from either answer. A kiosk session may not read its own profile (`me` is
 * refused to it), so the user is only what the answer says: a customer, a guest or not.
 */
export function kioskSession(payload: KioskSessionPayload): Session {
  const { id, name, isGuest = false } = payload.user;
  return sessionFromPayload({
    __typename: 'AuthPayload',
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt: payload.expiresAt,
    user: { __typename: 'User', id, name, email: null, phone: null, role: 'CUSTOMER', isGuest },
  });
}
