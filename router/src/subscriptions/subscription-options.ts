/** Options of the router's graphql-ws endpoint (`RouterOptions.subscriptions`). */
export interface SubscriptionOptions {
  /** Serve graphql-ws on `/graphql` at all. @default true */
  enabled?: boolean;
  /** A connection that has not sent `connection_init` within this many ms is closed with 4408. @default 3000 */
  connectionInitWaitTimeoutMs?: number;
  /** Subscriptions one connection may run at once; one more is refused with RATE_LIMITED. @default 100 */
  maxSubscriptionsPerConnection?: number;
  /** Open connections per signed-in user; one more is closed with 1008 (policy violation). @default 20 */
  maxConnectionsPerIdentity?: number;
  /** Largest client message in bytes; a larger one closes the socket with 1009. @default 64 KiB */
  maxPayloadBytes?: number;
  /**
   * Bytes a socket may have queued unsent before the client counts as too slow and is closed
   * with 1013 (try again later), so one stalled phone cannot make the router buffer without
   * bound. @default 4 MiB
   */
  maxBufferedBytesPerConnection?: number;
  /** WebSocket ping interval towards clients and subgraphs, in ms. @default 12000 */
  keepAliveMs?: number;
  /** Reconnection attempts towards a subgraph before its subscriptions fail. @default 5 */
  upstreamRetryAttempts?: number;
  /**
   * How long an upstream connection with no subscriptions left stays open for reuse, in ms.
   * @default 5000
   */
  upstreamIdleCloseMs?: number;
  /** Prepared (validated and planned) subscription operations kept. @default 500 */
  planCacheSize?: number;
  /**
   * How often the accounts of signed-in subscribers are checked again, in ms: a disabled user's
   * connections and streams end at the next check after the router's known-user answer for
   * them expires (`RouterOptions.knownUserCacheMs`). @default 15000
   */
  accountCheckIntervalMs?: number;
}

/** The options with every default applied. */
export type ResolvedSubscriptionOptions = Required<SubscriptionOptions>;

export function resolveSubscriptionOptions(options: SubscriptionOptions = {}): ResolvedSubscriptionOptions {
  return {
    enabled: options.enabled ?? true,
    connectionInitWaitTimeoutMs: options.connectionInitWaitTimeoutMs ?? 3_000,
    maxSubscriptionsPerConnection: options.maxSubscriptionsPerConnection ?? 100,
    maxConnectionsPerIdentity: options.maxConnectionsPerIdentity ?? 20,
    maxPayloadBytes: options.maxPayloadBytes ?? 64 * 1024,
    maxBufferedBytesPerConnection: options.maxBufferedBytesPerConnection ?? 4 * 1024 * 1024,
    keepAliveMs: options.keepAliveMs ?? 12_000,
    upstreamRetryAttempts: options.upstreamRetryAttempts ?? 5,
    upstreamIdleCloseMs: options.upstreamIdleCloseMs ?? 5_000,
    planCacheSize: options.planCacheSize ?? 500,
    accountCheckIntervalMs: options.accountCheckIntervalMs ?? 15_000,
  };
}
