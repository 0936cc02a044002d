import type { ConsumeOptions } from './event-bus';

/** Defaults documented on {@link ConsumeOptions}; both bus implementations read them from here. */
export const DEFAULT_MAX_DELIVERIES = 5;
export const DEFAULT_BACKOFF_MS: readonly number[] = [200, 1000, 5000, 15000];

/** How often and how late a consumer retries a failing message. */
export interface DeliveryPolicy {
  maxDeliveries: number;
  /** Delay before the delivery that follows failed delivery number `attempt` (1-based). */
  delayAfter(attempt: number): number;
}

/** Resolves the retry options of one `consume()` call, rejecting values that cannot work. */
export function deliveryPolicyOf(options: Pick<ConsumeOptions, 'maxDeliveries' | 'backoffMs'>): DeliveryPolicy {
  const maxDeliveries = options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES;
  if (!Number.isInteger(maxDeliveries) || maxDeliveries < 1) {
    throw new RangeError(`maxDeliveries must be a positive integer, got ${maxDeliveries}`);
  }
  const backoff = options.backoffMs && options.backoffMs.length > 0 ? [...options.backoffMs] : [...DEFAULT_BACKOFF_MS];
  if (backoff.some((ms) => !Number.isFinite(ms) || ms < 0)) {
    throw new RangeError(`backoffMs must hold non-negative numbers, got [${backoff.join(', ')}]`);
  }
  return {
    maxDeliveries,
    // Past the end of the list the last delay repeats, as the interface promises.
    delayAfter: (attempt) => backoff[Math.min(Math.max(attempt, 1), backoff.length) - 1],
  };
}

/** The part of a type before the first dot: the subgraph that produces it (`menu.item.changed` → `menu`). */
export function producerOf(type: string): string {
  const producer = type.split('.')[0] ?? '';
  if (!/^[A-Za-z0-9_-]+$/.test(producer) || !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/.test(type)) {
    throw new RangeError(`"${type}" is not an event type of the form <subgraph>.<aggregate>.<verb>`);
  }
  return producer;
}

/** Namespaces become subject and stream-name prefixes, so they must not carry separators or wildcards. */
export function assertNamespace(namespace: string): void {
  if (!/^[A-Za-z0-9_-]+$/.test(namespace)) {
    throw new RangeError(`namespace must match [A-Za-z0-9_-]+, got "${namespace}"`);
  }
}
