import type { EventEnvelope } from '@foodgraph/events';
import { createLogger, type Logger } from '../logging';
import { assertNamespace, deliveryPolicyOf, producerOf } from './bus-delivery-policy';
import type { ConsumeOptions, ConsumerHandle, EventBus, MessageTrace } from './event-bus';
import { InProcessDurable, type StoredEvent } from './in-process-durable';

export interface InProcessBusOptions {
  /** Subject prefix, as with NATS: events travel on `<namespace>.<type>`. */
  namespace: string;
  /** @default a silent logger */
  logger?: Logger;
  /**
   * Window in which a second publish of the same envelope id is dropped, like JetStream's
   * `duplicate_window`. @default 120000 (2 minutes)
   */
  duplicateWindowMs?: number;
}

/**
 * An {@link EventBus} inside one process, for the embedded quick start and fast tests. It
 * keeps the semantics of the JetStream bus so code cannot come to rely on either one:
 * durable consumers that keep their messages while stopped and get the stored history of
 * their types when first registered, at-least-once delivery in publish order per ordering key
 * (one event of a key at a time, different keys in parallel), delayed redelivery that holds
 * back only the failing event's key, dead-lettering after `maxDeliveries`, and
 * de-duplication of re-published ids. Nothing survives the process, and the history is kept
 * in memory for the life of the bus (it is meant for demos and tests, not for volume).
 */
export function createInProcessBus(options: InProcessBusOptions): EventBus {
  assertNamespace(options.namespace);
  const { namespace } = options;
  const logger = options.logger ?? createLogger('event-bus', 'silent');
  const duplicateWindowMs = options.duplicateWindowMs ?? 120_000;
  const history = new Map<string, StoredEvent[]>();
  const durables = new Map<string, InProcessDurable>();
  // Map iteration follows insertion, i.e. publish time, so expiry can stop at the first live id.
  const seenIds = new Map<string, number>();
  let seq = 0;
  let closed = false;

  const assertOpen = (): void => {
    if (closed) throw new Error('event bus is closed');
  };

  const isDuplicate = (id: string, now: number): boolean => {
    for (const [seenId, seenAt] of seenIds) {
      if (now - seenAt < duplicateWindowMs) break;
      seenIds.delete(seenId);
    }
    if (seenIds.has(id)) return true;
    seenIds.set(id, now);
    return false;
  };

  return {
    async publish(event: EventEnvelope, trace?: MessageTrace): Promise<void> {
      assertOpen();
      producerOf(event.type);
      const now = Date.now();
      if (isDuplicate(event.id, now)) {
        logger.debug({ eventId: event.id, type: event.type }, 'duplicate publish dropped');
        return;
      }
      const stored: StoredEvent = {
        seq: ++seq,
        type: event.type,
        subject: `${namespace}.${event.type}`,
        json: JSON.stringify(event),
        traceparent: trace?.traceparent,
      };
      const log = history.get(event.type) ?? [];
      log.push(stored);
      history.set(event.type, log);
      for (const durable of durables.values()) {
        if (durable.wants(event.type)) durable.enqueue(stored);
      }
    },

    async consume(consumeOptions: ConsumeOptions): Promise<ConsumerHandle> {
      assertOpen();
      deliveryPolicyOf(consumeOptions);
      consumeOptions.types.forEach(producerOf);
      let durable = durables.get(consumeOptions.consumer);
      if (!durable) {
        durable = new InProcessDurable(consumeOptions.consumer, logger.child({ consumer: consumeOptions.consumer }));
        durables.set(consumeOptions.consumer, durable);
      }
      durable.setTypes(consumeOptions.types, (type) => history.get(type) ?? []);
      const unsubscribe = durable.subscribe(consumeOptions);
      let stopped: Promise<void> | null = null;
      const queued = durable;
      return {
        stop: () => (stopped ??= unsubscribe()),
        pending: () => Promise.resolve(queued.pending),
      };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...durables.values()].map((durable) => durable.close()));
    },
  };
}
