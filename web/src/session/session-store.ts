import type { SessionFieldsFragment, ViewerFieldsFragment } from '@generated/graphql';

/** What the app keeps of a sign-in: the tokens `login`/`register`/`refreshSession` return. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires, ms since epoch. */
  expiresAt: number;
  user: ViewerFieldsFragment;
}

const STORAGE_KEY = 'foodgraph.session';

function parse(raw: string | null): Session | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<Session>;
    if (typeof value.accessToken !== 'string' || typeof value.refreshToken !== 'string' || !value.user) return null;
    return { ...(value as Session), expiresAt: Number(value.expiresAt) };
  } catch {
    return null;
  }
}

export function sessionFromPayload(payload: SessionFieldsFragment): Session {
  return {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    expiresAt: Date.parse(payload.expiresAt),
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

  constructor(private readonly storage: Storage = window.localStorage) {
    this.current = parse(storage.getItem(STORAGE_KEY));
    window.addEventListener('storage', (event) => {
      if (event.key !== STORAGE_KEY) return;
      this.current = parse(event.newValue);
      this.emit();
    });
  }

  get(): Session | null {
    return this.current;
  }

  set(session: Session | null): void {
    this.current = session;
    if (session) this.storage.setItem(STORAGE_KEY, JSON.stringify(session));
    else this.storage.removeItem(STORAGE_KEY);
    this.emit();
  }

  /** Keeps the tokens, replaces the user (after a profile change). */
  setUser(user: ViewerFieldsFragment): void {
    if (this.current) this.set({ ...this.current, user });
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
