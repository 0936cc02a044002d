import type { EventEnvelope } from '@foodgraph/events';
import { connect, Events, headers, JSONCodec, type JetStreamClient, type NatsConnection } from 'nats';
import { TRACEPARENT } from '../tracing/trace-context';
import type { Logger } from '../logging';
import { assertNamespace, deliveryPolicyOf, producerOf } from './bus-delivery-policy';
import type { ConsumeOptions, ConsumerHandle, EventBus, MessageTrace } from './event-bus';
import { durableNameOf } from './nats-durable-config';
import { NatsDurableConsumer } from './nats-durable-consumer';
import { isNoStream, NatsStreams, streamNameOf } from './nats-streams';

export interface NatsBusOptions {
  /** NATS server(s), e.g. `nats://127.0.0.1:4222`. */
  url: string;
  /** Subject and stream prefix: events travel on `<namespace>.<type>`, streams are `<namespace>_<producer>`. */
  namespace: string;
  logger: Logger;
  /** How long streams keep events, in milliseconds; 0 keeps them until deleted. @default 0 */
  streamMaxAge?: number;
  /**
   * How long the server waits for an ack before redelivering. Handlers never hit it: the bus
   * reports progress (`working()`) every third of it while a handler runs; it only matters
   * when a process dies holding a message. @default 30000
   */
  ackWaitMs?: number;
}

/** {@link NatsBusOptions.ackWaitMs} when not given. */
export const DEFAULT_ACK_WAIT_MS = 30_000;

const codec = JSONCodec<EventEnvelope>();

/**
 * Connects an {@link EventBus} to NATS JetStream (designed for server 2.9: one filter subject
 * per consumer). Each `consume()` gets one durable pull consumer per producing subgraph it
 * listens to, named after the consumer; within one producer's stream it receives events in
 * publish order, one at a time. Consumers of several producers run one loop per producer.
 */
export async function connectNatsBus(options: NatsBusOptions): Promise<EventBus> {
  assertNamespace(options.namespace);
  const { namespace, logger } = options;
  const ackWaitMs = options.ackWaitMs ?? DEFAULT_ACK_WAIT_MS;
  const nc = await connect({ servers: options.url, name: `foodgraph-bus-${namespace}`, maxReconnectAttempts: -1 });
  const jsm = await nc.jetstreamManager();
  const js = nc.jetstream();
  const streams = new NatsStreams(jsm, namespace, options.streamMaxAge ?? 0, logger);
  const running = new Set<NatsDurableConsumer>();
  let closed = false;
  void logConnectionStatus(nc, logger);

  const assertOpen = (): void => {
    if (closed) throw new Error('event bus is closed');
  };

  return {
    async publish(event: EventEnvelope, trace?: MessageTrace): Promise<void> {
      assertOpen();
      const producer = producerOf(event.type);
      await streams.ensure(producer);
      try {
        await publishOnce(js, namespace, event, logger, trace);
      } catch (error) {
        if (!isNoStream(error)) throw error;
        // The stream was deleted since we created it; make it again and retry once.
        streams.forget(producer);
        await streams.ensure(producer);
        await publishOnce(js, namespace, event, logger, trace);
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
      const name = durableNameOf(consumeOptions.consumer);
      const started: NatsDurableConsumer[] = [];
      try {
        for (const [producer, types] of byProducer) {
          // One type: filter on its subject. Several: take the producer's whole stream (2.9 has
          // no multi-filter consumers) and let the consumer skip the rest, which keeps these
          // types in their mutual publish order.
          const filterSubject = types.length === 1 ? `${namespace}.${types[0]}` : `${namespace}.${producer}.>`;
          const deps = {
            js,
            jsm,
            logger: logger.child({ consumer: consumeOptions.consumer, stream: streamNameOf(namespace, producer) }),
            ensureStream: () => streams.ensure(producer),
            forgetStream: () => streams.forget(producer),
          };
          started.push(
            await NatsDurableConsumer.start(deps, { name, filterSubject, ackWaitMs }, new Set(types), namespace, consumeOptions, policy),
          );
        }
      } catch (error) {
        await Promise.all(started.map((consumer) => consumer.stop()));
        throw error;
      }
      started.forEach((consumer) => running.add(consumer));
      let stopped: Promise<void> | null = null;
      return {
        pending: async () => (await Promise.all(started.map((consumer) => consumer.pending()))).reduce((sum, n) => sum + n, 0),
        stop: () =>
          (stopped ??= Promise.all(
            started.map(async (consumer) => {
              await consumer.stop();
              running.delete(consumer);
            }),
          ).then(() => undefined)),
      };
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.all([...running].map((consumer) => consumer.stop()));
      running.clear();
      if (!nc.isClosed()) await nc.drain();
    },
  };
}

async function publishOnce(
  js: JetStreamClient,
  namespace: string,
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
  const ack = await js.publish(`${namespace}.${event.type}`, codec.encode(event), { msgID: event.id, ...(hdrs ? { headers: hdrs } : {}) });
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
 * Deletes every stream of a namespace (`<namespace>_*`), with their consumers. Meant for
 * tests cleaning up after themselves; never call it on a namespace in use.
 */
export async function deleteNamespaceStreams(url: string, namespace: string): Promise<void> {
  assertNamespace(namespace);
  const nc = await connect({ servers: url, name: `foodgraph-cleanup-${namespace}` });
  try {
    const jsm = await nc.jetstreamManager();
    const names: string[] = [];
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(`${namespace}_`)) names.push(name);
    }
    await Promise.all(names.map((name) => jsm.streams.delete(name)));
  } finally {
    await nc.drain();
  }
}
