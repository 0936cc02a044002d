import type { Logger } from '../logging';
import type { DeliveryPolicy } from './bus-delivery-policy';
import type { ConsumeOptions, ConsumerHandle } from './event-bus';
import { ConcurrencyLimit } from './keyed-scheduler';
import { NatsDurableConsumer, type NatsDurableConsumerDeps } from './nats-durable-consumer';
import { PartitionLeases, type LeaseBucket } from './nats-partition-leases';
import { isNotFound } from './nats-streams';

/** What one `consume()` listens to on one producer's stream. */
export interface ProducerSource {
  producer: string;
  types: string[];
  deps: NatsDurableConsumerDeps;
}

export interface PartitionedConsumerSettings {
  namespace: string;
  /** The durable name of the consumer (JetStream-safe). */
  name: string;
  partitions: number;
  ackWaitMs: number;
  /** Messages in flight per partition durable, and handlers at once for the whole consumer. */
  maxAckPending: number;
  leases: LeaseBucket;
  logger: Logger;
}

/** `<ns>.<type>.p<N>` for one type, `<ns>.<producer>.*.*.p<N>` for several; without the partition for the shared durable. */
export function filterOf(namespace: string, source: Pick<ProducerSource, 'producer' | 'types'>, partition: number | null): string {
  const base = source.types.length === 1 ? `${namespace}.${source.types[0]}` : `${namespace}.${source.producer}.*.*`;
  return partition === null ? base : `${base}.p${partition}`;
}

/**
 * A consumer spread over partitions (see nats-bus.ts for the design): per producer stream one
 * durable per partition (`<name>_p<N>`, created by its first holder with `DeliverPolicy.All`,
 * so nothing published before is lost), held by one replica at a time through
 * {@link PartitionLeases} and consumed with many messages in flight, per key in order; plus
 * the shared durable `<name>` for events published without a partition (older publishers, or
 * tools putting a message on the bare subject), which every replica pulls one at a time.
 */
export async function startPartitionedConsumer(
  settings: PartitionedConsumerSettings,
  sources: ProducerSource[],
  options: ConsumeOptions,
  policy: DeliveryPolicy,
): Promise<ConsumerHandle> {
  const { namespace, name, partitions, ackWaitMs, maxAckPending } = settings;
  const limit = new ConcurrencyLimit(maxAckPending);
  const running = new Map<number, NatsDurableConsumer[]>();
  const shared: NatsDurableConsumer[] = [];

  const partitionSpec = (source: ProducerSource, partition: number) => ({
    name: `${name}_p${partition}`,
    filterSubject: filterOf(namespace, source, partition),
    ackWaitMs,
    maxAckPending,
  });

  const claim = async (partition: number): Promise<void> => {
    const started: NatsDurableConsumer[] = [];
    try {
      for (const source of sources) {
        started.push(
          await NatsDurableConsumer.start(
            source.deps,
            partitionSpec(source, partition),
            new Set(source.types),
            namespace,
            options,
            policy,
            { limit, takeover: true },
          ),
        );
      }
    } catch (error) {
      await Promise.all(started.map((consumer) => consumer.stop()));
      throw error;
    }
    running.set(partition, started);
    settings.logger.debug({ consumer: name, partition }, 'partition claimed');
  };
  const release = async (partition: number): Promise<void> => {
    const consumers = running.get(partition) ?? [];
    running.delete(partition);
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    settings.logger.debug({ consumer: name, partition }, 'partition released');
  };

  const leases = new PartitionLeases(settings.leases, name, partitions, { claim, release }, settings.logger);
  try {
    for (const source of sources) {
      shared.push(
        await NatsDurableConsumer.start(
          source.deps,
          { name, filterSubject: filterOf(namespace, source, null), ackWaitMs, maxAckPending: 1 },
          new Set(source.types),
          namespace,
          options,
          policy,
        ),
      );
    }
    await leases.start();
  } catch (error) {
    await leases.stop().catch(() => undefined);
    await Promise.all(shared.map((consumer) => consumer.stop()));
    throw error;
  }

  let stopped: Promise<void> | null = null;
  return {
    pending: async () => {
      const counts = await Promise.all(
        sources.flatMap((source) => [
          pendingOf(source, name),
          ...Array.from({ length: partitions }, (_, partition) => pendingOf(source, `${name}_p${partition}`)),
        ]),
      );
      return counts.reduce((sum, n) => sum + n, 0);
    },
    stop: () =>
      (stopped ??= (async () => {
        await leases.stop();
        await Promise.all(shared.map((consumer) => consumer.stop()));
      })()),
  };
}

async function pendingOf(source: ProducerSource, durable: string): Promise<number> {
  const stream = await source.deps.ensureStream();
  try {
    return (await source.deps.jsm.consumers.info(stream, durable)).num_pending;
  } catch (error) {
    // A partition durable is created by its first holder; until then the stream keeps its events.
    if (isNotFound(error)) return 0;
    throw error;
  }
}
