import type { EventEnvelope } from '@foodgraph/events';
import { connect, Events, headers, JSONCodec, type JetStreamClient, type NatsConnection } from 'nats';
import { TRACEPARENT } from '../tracing/trace-context';
import type { Logger } from '../logging';
import { assertNamespace, deliveryPolicyOf, producerOf } from './bus-delivery-policy';
import type { ConsumeOptions, ConsumerHandle, EventBus, MessageTrace } from './event-bus';
import { orderingKeyOf, partitionOfKey } from './event-ordering-key';
import { DEFAULT_NATS_BUS, type NatsBusSettings } from './nats-bus-config';
import { durableNameOf } from './nats-durable-config';
import { LeaseBucket } from './nats-partition-leases';
import { startPartitionedConsumer, type ProducerSource } from './nats-partitioned-consumer';
import { isNoStream, NatsStreams, streamNameOf } from './nats-streams';

export interface NatsBusOptions extends Partial<NatsBusSettings> {
  /** NATS server(s), e.g. `nats://127.0.0.1:4222`. */
  url: string;
  /** Subject and stream prefix: events travel on `<namespace>.<type>.p<N>`, streams are `<namespace>_<producer>`. */
  namespace: string;
  logger: Logger;
}

/** {@link NatsBusSettings.ackWaitMs} when not given. */
export const DEFAULT_ACK_WAIT_MS = DEFAULT_NATS_BUS.ackWaitMs;

const codec = JSONCodec<EventEnvelope>();

/**
 * Connects an {@link EventBus} to NATS JetStream (designed for server 2.9: one filter subject
 * per consumer).
 *
 * Ordering is per key, not per stream (issue 14). An event's key is its aggregate
 * (event-ordering-key.ts: the order, else the restaurant, else the user); it is published on
 * `<namespace>.<type>.p<N>`, N = hash(key) mod `partitions`. Each `consume()` gets, per
 * producing subgraph it listens to, one durable per partition, and the replicas running that
 * consumer share the partitions through leases in a key-value bucket (nats-partition-leases.ts),
 * so a partition is pulled by exactly one process at a time. That process keeps up to
 * `maxAckPending` of its messages in flight and runs them through a keyed scheduler: one key's
 * events one after the other in stream order, different keys in parallel. A failing event is
 * retried in place, holding only its own key.
 *
 * Why partitions with leases rather than one durable shared by every replica with many
 * messages in flight: with a shared durable, replica A may hold event 1 of an order while
 * replica B is handed event 2 of the same order, and nothing on B can tell that event 1 exists
 * and is unfinished. Leasing partitions makes "who handles key K" a single process at any
 * time, and within a process the scheduler sees every message of its partitions. Work is
 * spread by partition (replicas take `N mod members = rank`), so with P partitions up to P
 * replicas share a consumer; more replicas add throughput as long as P ≥ replicas.
 *
 * After a kill -9, the dead replica's leases lapse after `leaseTtlMs`; its messages come back
 * when their short ack wait (`ackWaitMs`, kept alive by `working()` while held) runs out. The
 * new holder reads which keys those messages belong to and only those keys wait for them
 * (nats-takeover-barrier.ts); the rest of the partition goes on at once.
 *
 * Events on the bare `<namespace>.<type>` subject (published by older versions, or by tools)
 * are still consumed, through a durable every replica shares one message at a time.
 */
export async function connectNatsBus(options: NatsBusOptions): Promise<EventBus> {
  assertNamespace(options.namespace);
  const { namespace, logger } = options;
  const settings: NatsBusSettings = { ...DEFAULT_NATS_BUS, ...definedOnly(options) };
  // noAsyncTraces: the client would capture a stack (new Error()) for every request — each
  // publish and its ack — to decorate errors our logs already describe (measured: 120 → 100 µs of
  // CPU per published event).
  const nc = await connect({ servers: options.url, name: `foodgraph-bus-${namespace}`, maxReconnectAttempts: -1, noAsyncTraces: true });
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  const streams = new NatsStreams(
    jsm,
    namespace,
    { maxAgeMs: settings.streamMaxAgeMs, maxBytes: settings.streamMaxBytes, replicas: settings.streamReplicas },
    logger,
  );
  const running = new Set<ConsumerHandle>();
  let leaseBucket: Promise<LeaseBucket> | null = null;
  let closed = false;
  void logConnectionStatus(nc, logger);

  const assertOpen = (): void => {
    if (closed) throw new Error('event bus is closed');
  };
  const leases = (): Promise<LeaseBucket> => {
    leaseBucket ??= LeaseBucket.open(js, namespace, settings.leaseTtlMs, settings.streamReplicas, logger);
    // A failed open must not be cached, or one blip would keep every later consume() from starting.
    void leaseBucket.catch(() => (leaseBucket = null));
    return leaseBucket;
  };

  return {
    async publish(event: EventEnvelope, trace?: MessageTrace): Promise<void> {
      assertOpen();
      const producer = producerOf(event.type);
      const subject = `${namespace}.${event.type}.p${partitionOfKey(orderingKeyOf(event), settings.partitions)}`;
      await streams.ensure(producer);
      try {
        await publishOnce(js, subject, event, logger, trace);
      } catch (error) {
        if (!isNoStream(error)) throw error;
        // The stream was deleted since we created it; make it again and retry once.
        streams.forget(producer);
        await streams.ensure(producer);
        await publishOnce(js, subject, event, logger, trace);
      }
    },

    async consume(consumeOptions: ConsumeOptions): Promise<ConsumerHandle> {
      assertOpen();
      const policy = deliveryPolicyOf(consumeOptions);
      const byProducer = new Map<string, string[]>();
      for (const type of new Set(consumeOptions.types)) {
        const producer = producerOf(type);
        byProducer.set(producer, [...(byProducer.get(producer) ?? []), type]);
      }
      const sources: ProducerSource[] = [...byProducer].map(([producer, types]) => ({
        producer,
        types,
        deps: {
          js,
          jsm,
          logger: logger.child({ consumer: consumeOptions.consumer, stream: streamNameOf(namespace, producer) }),
          ensureStream: () => streams.ensure(producer),
          forgetStream: () => streams.forget(producer),
          flush: () => nc.flush(),
        },
      }));
      const handle = await startPartitionedConsumer(
        {
          namespace,
          name: durableNameOf(consumeOptions.consumer),
          partitions: settings.partitions,
          ackWaitMs: settings.ackWaitMs,
          maxAckPending: settings.maxAckPending,
          leases: await leases(),
          logger: logger.child({ consumer: consumeOptions.consumer }),
        },
        sources,
        consumeOptions,
        policy,
      );
      running.add(handle);
      return {
        pending: () => handle.pending!(),
        stop: async () => {
          await handle.stop();
          running.delete(handle);
        },
      };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...running].map((handle) => handle.stop()));
      running.clear();
      if (leaseBucket) await (await leaseBucket.catch(() => null))?.close();
      if (!nc.isClosed()) await nc.drain();
    },
  };
}

function definedOnly(options: Partial<NatsBusSettings>): Partial<NatsBusSettings> {
  const keys = Object.keys(DEFAULT_NATS_BUS) as (keyof NatsBusSettings)[];
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
}

async function publishOnce(
  js: JetStreamClient,
  subject: string,
  event: EventEnvelope,
  logger: Logger,
  trace: MessageTrace | undefined,
): Promise<void> {
  // The trace context goes in a header (W3C's name, as OpenTelemetry's messaging conventions
  // do), so the envelope every consumer validates stays the same with tracing on or off.
  let hdrs;
  if (trace?.traceparent) {
    hdrs = headers();
    hdrs.set(TRACEPARENT, trace.traceparent);
  }
  // msgID becomes Nats-Msg-Id: the stream drops a re-publish inside its duplicate window.
  const ack = await js.publish(subject, codec.encode(event), { msgID: event.id, ...(hdrs ? { headers: hdrs } : {}) });
  if (ack.duplicate) logger.debug({ eventId: event.id, type: event.type }, 'duplicate publish dropped by the stream');
}

async function logConnectionStatus(nc: NatsConnection, logger: Logger): Promise<void> {
  for await (const status of nc.status()) {
    if (status.type === Events.Disconnect || status.type === Events.Error)
      logger.warn({ status: status.type, data: status.data }, 'NATS connection trouble');
    else if (status.type === Events.Reconnect) logger.info({ data: status.data }, 'NATS reconnected');
  }
}

/**
 * Deletes every stream of a namespace (`<namespace>_*`), with their consumers, and its key-value buckets (`KV_<namespace>_*`). Meant for
 * tests cleaning up after themselves; never call it on a namespace in use.
 */
export async function deleteNamespaceStreams(url: string, namespace: string): Promise<void> {
  assertNamespace(namespace);
  const nc = await connect({ servers: url, name: `foodgraph-cleanup-${namespace}` });
  try {
    const jsm = await nc.jetstreamManager();
    const names: string[] = [];
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(`${namespace}_`) || name.startsWith(`KV_${namespace}_`)) names.push(name);
    }
    await Promise.all(names.map((name) => jsm.streams.delete(name)));
  } finally {
    await nc.drain();
  }
}
