import type { SessionFieldsFragment, ViewerFieldsFragment } from '@generated/graphql';

/** What the app keeps of a sign-in: the tokens `login`/`register`/`refreshSession` return. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, ms since epoch. */
  expiresAt: number;
  /** How long the access token was good for when it came, ms (the deployment's ACCESS_TOKEN_TTL). */
  lifetimeMs: number;
  user: ViewerFieldsFragment;
  /**
   * The OpenID Connect issuer that gave the access token, when the person signed in with the
   * deployment's identity provider: its tokens are refreshed there, not with refreshSession.
   */
  issuer?: string;
}

const STORAGE_KEY = 'foodgraph.session';

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || typeof value.refreshToken !== 'string' || !value.user) return null;
    const expiresAt = Number(value.expiresAt);
    return { ...(value as Session), expiresAt, lifetimeMs: Number(value.lifetimeMs) || 0 };
  } catch {
    return null;
  }
}

export function sessionFromPayload(payload: SessionFieldsFragment): Session {
  const expiresAt = Date.parse(payload.expiresAt);
  return {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt,
    lifetimeMs: Math.max(expiresAt - Date.now(), 0),
    user: payload.user,
  };
}

type Listener = () => void;

/**
 * The signed-in session, in localStorage so it survives a reload and is shared by the tabs
 * of one browser: a refresh in one tab rotates the refresh token for all of them (each refresh
 * token works once), so every tab follows the `storage` event instead of keeping its own copy.
 */
export class SessionStore {
  private current: Session | null;
  private readonly listeners = new Set<Listener>();

  /**
   * @param storage where the session is kept. @default localStorage
   * @param key its key there; the kiosk keeps its short customer sessions apart from the browser's own. @default 'foodgraph.session'
   */
  constructor(
    private readonly storage: Storage = window.localStorage,
    private readonly key: string = STORAGE_KEY,
  ) {
    this.current = parse(storage.getItem(key));
    window.addEventListener('storage', (event) => {
      if (event.storageArea !== storage || event.key !== key) return;
      this.current = parse(event.newValue);
      this.emit();
    });
  }

  get(): Session | null {
    return this.current;
  }

  set(session: Session | null): void {
    this.current = session;
    if (session) this.storage.setItem(this.key, JSON.stringify(session));
    else this.storage.removeItem(this.key);
    this.emit();
  }

  /** Keeps the tokens, replaces the user (after a profile change). */
  setUser(user: ViewerFieldsFragment): void {
    const { __typename: _, ...fields } = user as ViewerFieldsFragment & { __typename?: string };
    if (!this.current || JSON.stringify(this.current.user) === JSON.stringify({ ...this.current.user, ...fields })) return;
    this.set({ ...this.current, user: { ...this.current.user, ...fields } });
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
