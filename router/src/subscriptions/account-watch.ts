import type { Identity } from '@foodgraph/platform/auth';
import type { Logger } from '@foodgraph/platform/logging';

/**
 * Ends the live subscriptions of users whose account stopped being active (an admin disabled
 * it). The router has no event bus, so rather than react to a users event it re-asks, every
 * `intervalMs`, the same known-user check that verifies access tokens — cached briefly, so a
 * sweep costs at most one lookup per distinct user per cache lifetime. One timer for all open
 * connections and streams, running only while some signed-in user has one open.
 */
export class AccountWatch {
  private readonly watched = new Map<string, Set<() => void>>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;

  constructor(
    private readonly isActive: (userId: string) => Promise<boolean>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  /**
   * Calls `end` once the identity's account (an API key's partner too) is no longer active;
   * anonymous callers are not watched. Returns the unwatch function, to call when the
   * connection or stream closes.
   */
  watch(identity: Identity, end: () => void): () => void {
    // A kiosk session is its customer's account too: disabling the account ends it as well.
    if (identity.kind === 'anonymous') return () => undefined;
    const { userId } = identity;
    let ends = this.watched.get(userId);
    if (!ends) this.watched.set(userId, (ends = new Set()));
    ends.add(end);
    this.timer ??= setInterval(() => void this.sweep(), this.intervalMs).unref();
    return () => {
      const current = this.watched.get(userId);
      current?.delete(end);
      if (current?.size === 0) this.watched.delete(userId);
      if (this.watched.size === 0) this.stop();
    };
  }

  /** Stops the timer (router shutdown); watched connections are closed by their own transports. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async sweep(): Promise<void> {
    // A slow users subgraph must not pile sweeps up.
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      await Promise.all([...this.watched.keys()].map((userId) => this.check(userId)));
    } finally {
      this.sweeping = false;
    }
  }

  private async check(userId: string): Promise<void> {
    let active: boolean;
    try {
      active = await this.isActive(userId);
    } catch {
      // Accounts cannot be checked right now (already logged by the lookup): keep the
      // subscriptions and ask again next sweep rather than cut everybody off.
      return;
    }
    if (active) return;
    const ends = [...(this.watched.get(userId) ?? [])];
    this.logger.info({ userId, subscriptions: ends.length }, "ending a disabled user's live subscriptions");
    for (const end of ends) end();
  }
}
