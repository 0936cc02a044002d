import { AckPolicy, DeliverPolicy, nanos, type ConsumerConfig, type ConsumerInfo, type JetStreamManager } from 'nats';
import type { Logger } from '../logging';
import { isNotFound } from './nats-streams';

/** JetStream durable names allow no dots, spaces or wildcards; anything else becomes `_`. */
export function durableNameOf(consumer: string): string {
  return consumer.replace(/[^A-Za-z0-9_-]/g, '_');
}

export interface DurableSpec {
  stream: string;
  name: string;
  filterSubject: string;
  ackWaitMs: number;
  /**
   * Messages the server hands out before the first is acked. 1 for a durable every replica
   * pulls from (the server then serialises it); more only for a durable one process holds at a
   * time (a leased partition), whose keyed scheduler keeps each key in order.
   */
  maxAckPending: number;
}

/**
 * The server-side half of a consumer. `max_ack_pending` bounds the messages in flight (see
 * {@link DurableSpec.maxAckPending}); a failing message is retried by the process holding it,
 * so nothing of its key overtakes it. `max_deliver` stays unlimited because the bus counts
 * deliveries itself and dead-letters; a server-side limit would silently drop the message
 * instead.
 */
function configOf(spec: DurableSpec): Partial<ConsumerConfig> {
  return {
    durable_name: spec.name,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    filter_subject: spec.filterSubject,
    ack_wait: nanos(spec.ackWaitMs),
    max_deliver: -1,
    max_ack_pending: spec.maxAckPending,
  };
}

/**
 * Creates the durable consumer or adopts an existing one (returning what it found: a new or
 * recreated one has nothing in flight). NATS 2.9 cannot change the filter
 * of a durable, so when the subscribed types changed the durable is recreated to start right
 * after the last message it had acknowledged: nothing is delivered twice, and types added
 * later see their events from that point on.
 */
export async function ensureDurable(jsm: JetStreamManager, spec: DurableSpec, logger: Logger): Promise<ConsumerInfo | null> {
  let existing;
  try {
    existing = await jsm.consumers.info(spec.stream, spec.name);
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await addDurable(jsm, spec, configOf(spec));
    return null;
  }
  if (existing.config.filter_subject === spec.filterSubject) {
    // Ack wait and window follow the configuration; NATS 2.9 can change both in place.
    const wanted = configOf(spec);
    if (existing.config.ack_wait !== wanted.ack_wait || existing.config.max_ack_pending !== wanted.max_ack_pending) {
      await jsm.consumers
        .update(spec.stream, spec.name, { ack_wait: wanted.ack_wait, max_ack_pending: wanted.max_ack_pending })
        .catch((error: unknown) => logger.warn({ err: error, durable: spec.name }, 'could not update the durable; keeping its settings'));
    }
    return existing;
  }
  const startSeq = existing.ack_floor.stream_seq + 1;
  logger.warn(
    { stream: spec.stream, durable: spec.name, from: existing.config.filter_subject, to: spec.filterSubject, startSeq },
    'consumer types changed; recreating the durable after its last acknowledged message',
  );
  await jsm.consumers.delete(spec.stream, spec.name).catch((error: unknown) => {
    if (!isNotFound(error)) throw error;
  });
  await addDurable(jsm, spec, { ...configOf(spec), deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: startSeq });
  return null;
}

async function addDurable(jsm: JetStreamManager, spec: DurableSpec, config: Partial<ConsumerConfig>): Promise<void> {
  try {
    await jsm.consumers.add(spec.stream, config);
  } catch (error) {
    // A replica racing us to create the same durable is fine; anything else is not.
    const raced = await jsm.consumers.info(spec.stream, spec.name).catch(() => null);
    if (!raced || raced.config.filter_subject !== spec.filterSubject) throw error;
  }
}
