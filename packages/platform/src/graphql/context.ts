import type { Identity } from '../auth/identity';
import type { Logger } from '../logging';

/** What every subgraph resolver gets; subgraphs extend it with their own services. */
export interface RequestContext {
  identity: Identity;
  requestId: string;
  /** A child logger that stamps `requestId` on every record. */
  logger: Logger;
  /**
   * The caller's IP address as the router determined it and signed it (its `TRUSTED_PROXIES`
   * decide whether `X-Forwarded-For` counts); undefined for calls that carry none.
   */
  clientAddress?: string | undefined;
  /** `performance.now()` when the request arrived, for the operation duration metrics. */
  startedAt?: number | undefined;
}
