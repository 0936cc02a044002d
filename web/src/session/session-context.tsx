import type { ApolloClient } from '@apollo/client';
import type { SessionFieldsFragment } from '@generated/graphql';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { sessionFromPayload, type Session, type SessionStore } from './session-store';
import { ViewerCheck } from './ViewerCheck';

export interface SessionApi {
  session: Session | null;
  /** After login, register or startGuestSession; `issuer` for tokens of the deployment's identity provider. */
  signIn: (payload: SessionFieldsFragment, issuer?: string) => Promise<void>;
  /** Ends the session on the server (the refresh token stops working) and here. */
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

interface Props {
  store: SessionStore;
  client: ApolloClient;
  restartSubscriptions: () => void;
  logout: (refreshToken: string) => Promise<unknown>;
  children: ReactNode;
}

/** The signed-in user for every screen; signing in or out starts the cache afresh. */
export function SessionProvider({ store, client, restartSubscriptions, logout, children }: Props) {
  const session = useSyncExternalStore(store.subscribe, () => store.get());
  const api: SessionApi = {
    session,
    async signIn(payload, issuer) {
      store.set({ ...sessionFromPayload(payload), ...(issuer ? { issuer } : {}) });
      restartSubscriptions();
      // Another user's data must not linger in the cache.
      await client.resetStore();
    },
    async signOut() {
      const current = store.get();
      // The identity provider's sessions are not foodgraph's to end (its refresh token means nothing here).
      if (current && !current.issuer) await logout(current.refreshToken).catch(() => undefined);
      store.set(null);
      restartSubscriptions();
      await client.clearStore();
    },
  };
  return (
    <SessionContext.Provider value={api}>
      <ViewerCheck key={session?.user.id ?? 'signed-out'} store={store} signedIn={session !== null} />
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): SessionApi {
  const api = useContext(SessionContext);
  if (!api) throw new Error('useSession outside SessionProvider');
  return api;
}
