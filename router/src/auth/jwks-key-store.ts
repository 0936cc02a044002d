import { keysFromJwks, type KeyLookup } from '@foodgraph/platform/auth';
import type { Logger } from '@foodgraph/platform/logging';
import type { KeyObject } from 'node:crypto';

/** The JWKS could not be fetched, so a token signed with an unknown key cannot be judged. */
export class JwksUnavailableError extends Error {
  override name = 'JwksUnavailableError';
}

export interface JwksKeyStoreOptions {
  /** Where the users subgraph publishes its signing keys. */
  url: string;
  logger: Logger;
  /** Least time between two fetches caused by unknown key ids, in ms. @default 30000 */
  minRefetchIntervalMs?: number;
  /** Least time before retrying after a failed fetch, in ms. @default 2000 */
  retryAfterFailureMs?: number;
  /** Deadline for one JWKS fetch, in ms. @default 5000 */
  fetchTimeoutMs?: number;
}

/**
 * Verification keys by `kid`, fetched from the JWKS on first use and again when a token names
 * a key we do not know (the users subgraph rotated) — but at most once per interval, so a flood
 * of tokens with made-up key ids cannot turn the router into a JWKS hammer.
 */
export class JwksKeyStore {
  private keys = new Map<string, KeyObject>();
  private lastSuccessAt = -Infinity;
  private lastFailureAt = -Infinity;
  private inflight: Promise<void> | undefined;

  constructor(private readonly options: JwksKeyStoreOptions) {}

  /** A `KeyLookup` for `verifyAccessToken`. */
  readonly lookup: KeyLookup = async (kid) => {
    const known = this.keys.get(kid);
    if (known) return known;
    const now = Date.now();
    const failedRecently = this.lastFailureAt > this.lastSuccessAt;
    if (failedRecently && now - this.lastFailureAt < (this.options.retryAfterFailureMs ?? 2_000)) {
      throw new JwksUnavailableError('signing keys are unavailable');
    }
    if (!failedRecently && now - this.lastSuccessAt < (this.options.minRefetchIntervalMs ?? 30_000)) return undefined;
    await this.refresh();
    return this.keys.get(kid);
  };

  /** Fetches the JWKS now (shared by concurrent callers); throws `JwksUnavailableError`. */
  refresh(): Promise<void> {
    this.inflight ??= this.fetchKeys().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async fetchKeys(): Promise<void> {
    try {
      const res = await fetch(this.options.url, { signal: AbortSignal.timeout(this.options.fetchTimeoutMs ?? 5_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.keys = keysFromJwks((await res.json()) as { keys?: unknown });
      this.lastSuccessAt = Date.now();
      this.options.logger.debug({ url: this.options.url, kids: [...this.keys.keys()] }, 'fetched token signing keys');
    } catch (err) {
      this.lastFailureAt = Date.now();
      this.options.logger.error({ url: this.options.url, err }, 'could not fetch token signing keys');
      throw new JwksUnavailableError('signing keys are unavailable');
    }
  }
}
