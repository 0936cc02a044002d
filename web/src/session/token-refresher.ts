import { RefreshSessionDocument, type RefreshSessionMutation } from '@generated/graphql';
import { GRAPHQL_URL } from '../apollo/endpoint';
import { persistedExtensions } from '../apollo/persisted-document';
import { sessionFromPayload, type Session, type SessionStore } from './session-store';

/**
 * Refresh this long before the access token expires, so a request never leaves with a stale
 * one: 30 s, or a quarter of the token's lifetime when tokens live only briefly.
 */
function earlyMs(session: Session): number {
  return Math.min(30_000, session.lifetimeMs / 4);
}

interface GraphQLResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Keeps the access token fresh, once for the whole app: every request, socket and retry asks
 * `fresh()`, which refreshes when the token is about to expire — one `refreshSession` at a time
 * across all tabs (a Web Lock), because each refresh token works once and a second use would
 * end the session. A refused refresh (revoked or expired session) signs out: `onSignedOut`.
 */
export class TokenRefresher {
  private inFlight: Promise<Session | null> | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly onSignedOut: () => void,
  ) {}

  /** The session with an access token good for a while, refreshed if needed; null when signed out. */
  async fresh(): Promise<Session | null> {
    const session = this.store.get();
    if (!session || session.expiresAt - Date.now() > earlyMs(session)) return session;
    return this.refresh(session.refreshToken);
  }

  /**
   * Refreshes now (the router said the token no longer verifies). `staleToken` is the access
   * token the failed request carried: if another request refreshed meanwhile, its result is used.
   */
  async afterRejected(staleToken: string | undefined): Promise<Session | null> {
    const session = this.store.get();
    if (!session) return null;
    if (staleToken !== undefined && session.accessToken !== staleToken) return session;
    return this.refresh(session.refreshToken);
  }

  private refresh(refreshToken: string): Promise<Session | null> {
    this.inFlight ??= this.withLock(() => this.exchange(refreshToken)).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async withLock<T>(task: () => Promise<T>): Promise<T> {
    if (!('locks' in navigator)) return task();
    return navigator.locks.request('foodgraph.session.refresh', task);
  }

  private async exchange(refreshToken: string): Promise<Session | null> {
    // Another tab may have refreshed while this one waited for the lock.
    const latest = this.store.get();
    if (!latest) return null;
    if (latest.refreshToken !== refreshToken) return latest;
    if (latest.issuer) return this.exchangeAtProvider(latest);
    const response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        operationName: 'RefreshSession',
        variables: { refreshToken },
        extensions: persistedExtensions(RefreshSessionDocument),
      }),
    });
    const body = (await response.json()) as GraphQLResponse<RefreshSessionMutation>;
    if (body.data?.refreshSession) {
      const session = sessionFromPayload(body.data.refreshSession);
      this.store.set(session);
      return session;
    }
    const code = body.errors?.[0]?.extensions?.code;
    if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') {
      this.store.set(null);
      this.onSignedOut();
      return null;
    }
    // Rate limited, router unavailable…: keep the session, the next request tries again.
    throw new Error(body.errors?.[0]?.message ?? `refresh failed (${response.status})`);
  }

  /**
   * A session of the deployment's identity provider is refreshed there (its refresh token, its
   * token endpoint); without a refresh token, or when the provider refuses, the person signs in
   * again. The OIDC client is loaded only for such sessions.
   */
  private async exchangeAtProvider(session: Session): Promise<Session | null> {
    const [{ appConfig }, { refreshAtProvider }, { expiryOf }] = await Promise.all([
      import('../app/app-config'),
      import('./oidc/oidc-client'),
      import('./oidc/provider-session'),
    ]);
    const provider = (await appConfig()).identityProvider;
    try {
      if (!session.refreshToken || !provider || provider.issuer !== session.issuer) throw new Error('no refresh at the provider');
      const tokens = await refreshAtProvider(provider.issuer, provider.clientId, session.refreshToken);
      const expiresAt = expiryOf(tokens).getTime();
      const next: Session = {
        ...session,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken ?? '',
        expiresAt,
        lifetimeMs: Math.max(expiresAt - Date.now(), 0),
      };
      this.store.set(next);
      return next;
    } catch {
      this.store.set(null);
      this.onSignedOut();
      return null;
    }
  }
}
