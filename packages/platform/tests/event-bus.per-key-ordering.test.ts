import type { EventEnvelope } from '@foodgraph/events';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';
import { orderingKeyOf, partitionOfKey } from '../src/messaging/event-ordering-key';
import type { ConsumeOptions, ConsumerHandle, DeliveredMessage, EventBus } from '../src/messaging/event-bus';
import { createInProcessBus } from '../src/messaging/in-process-bus';
import { DEFAULT_NATS_BUS } from '../src/messaging/nats-bus-config';
import { connectNatsBus, deleteNamespaceStreams } from '../src/messaging/nats-bus';
import { eventually, sleep } from './fixtures';

/*
 * Per-key ordering under parallel consumption (issue 14): two replicas of one consumer share
 * the events of many orders while some handlers fail. Within an order nothing is reordered,
 * no event takes effect twice, both replicas do a fair part of the work, and the orders whose
 * events are not failing go on while one order's event is being retried.
 */

const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const namespace = `t${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('per-key-test', 'silent');

const ORDERS = 32;
const EVENTS_PER_ORDER = 6;
const BACKOFF = [400, 400];

interface Scenario {
  /** The two "replicas": a consume() each, of the same consumer name. */
  start(options: (replica: number) => ConsumeOptions): Promise<void>;
  publish(event: EventEnvelope): Promise<void>;
}

/**
 * Order ids spread evenly over the NATS partitions (the replicas split by partition), so the
 * work split the test asserts does not hang on how random ids happen to hash.
 */
function orderIds(): string[] {
  const perPartition = new Map<number, string[]>();
  const wanted = ORDERS / DEFAULT_NATS_BUS.partitions;
  const ids: string[] = [];
  while (ids.length < ORDERS) {
    const id = uuidv7();
    const partition = partitionOfKey(orderingKeyOf({ data: { orderId: id } }), DEFAULT_NATS_BUS.partitions);
    const bucket = perPartition.get(partition) ?? [];
    if (bucket.length >= wanted) continue;
    bucket.push(id);
    perPartition.set(partition, bucket);
    ids.push(id);
  }
  return ids;
}

async function runScenario(producer: string, scenario: Scenario): Promise<void> {
  const type = `${producer}.order.changed`;
  const orders = orderIds();
  const [stubborn] = orders;
  const events = orders.flatMap((orderId) =>
    Array.from({ length: EVENTS_PER_ORDER }, (_, step): EventEnvelope => ({
      id: uuidv7(),
      type,
      version: 1,
      occurredAt: new Date().toISOString(),
      producer,
      correlationId: orderId,
      causationId: null,
      data: { orderId, step },
    })),
  );
  const stubbornFirst = events.find((each) => (each.data as { orderId: string }).orderId === stubborn)!;

  /** What took effect (the inbox's view): event ids, and per order the steps in the order applied. */
  const effects = new Map<string, number>();
  const stepsApplied = new Map<string, number[]>();
  const handledBy = [0, 0];
  const timeline: { orderId: string; step: number; at: number; ok: boolean }[] = [];

  const options = (replica: number): ConsumeOptions => ({
    consumer: 'per-key',
    types: [type],
    backoffMs: BACKOFF,
    maxDeliveries: 5,
    handle: async (message: DeliveredMessage) => {
      const envelope = message.payload as EventEnvelope;
      const { orderId, step } = envelope.data as { orderId: string; step: number };
      // A little work, so many events are in flight at once.
      await sleep(5 + Math.floor(Math.random() * 10));
      // Injected failures: the stubborn order's first event fails twice; one delivery in
      // eight of other events fails once.
      const fails =
        (envelope.id === stubbornFirst.id && message.attempt < 3) || (message.attempt === 1 && envelope.id.charCodeAt(35) % 8 === 0);
      timeline.push({ orderId, step, at: Date.now(), ok: !fails });
      if (fails) throw new Error(`injected failure of ${orderId} step ${step}`);
      effects.set(envelope.id, (effects.get(envelope.id) ?? 0) + 1);
      stepsApplied.set(orderId, [...(stepsApplied.get(orderId) ?? []), step]);
      handledBy[replica] += 1;
    },
    deadLetter: async (message) => {
      throw new Error(`unexpected dead letter of ${JSON.stringify(message.payload)}`);
    },
  });

  await scenario.start(options);
  // Interleaved across orders, as a busy platform publishes them.
  for (let step = 0; step < EVENTS_PER_ORDER; step++) {
    await Promise.all(events.filter((each) => (each.data as { step: number }).step === step).map((each) => scenario.publish(each)));
  }

  await eventually(() => effects.size === events.length, 30_000);
  await sleep(300);

  for (const orderId of orders) {
    expect({ orderId, steps: stepsApplied.get(orderId) }).toEqual({ orderId, steps: [0, 1, 2, 3, 4, 5] });
  }
  expect([...effects.values()].every((count) => count === 1)).toBe(true);
  const total = handledBy[0] + handledBy[1];
  expect(total).toBe(events.length);
  expect(Math.min(...handledBy) / total).toBeGreaterThanOrEqual(0.35);

  // While the stubborn order's first event waited for its retries, other orders went on.
  const stubbornTries = timeline.filter((each) => each.orderId === stubborn && each.step === 0);
  const [firstFailure, , success] = stubbornTries;
  expect(stubbornTries.map((each) => each.ok)).toEqual([false, false, true]);
  const othersMeanwhile = timeline.filter(
    (each) => each.orderId !== stubborn && each.ok && each.at > firstFailure.at && each.at < success.at,
  );
  expect(othersMeanwhile.length).toBeGreaterThan(0);
  process.stdout.write(
    `${producer}: ${total} events, replica split ${handledBy.join(' / ')} (${Math.round((100 * Math.min(...handledBy)) / total)} % the smaller), ` +
      `${othersMeanwhile.length} events of other orders handled while ${stubborn.slice(-6)} was retried\n`,
  );
}

describe('per-key ordering with two replicas of a consumer', () => {
  const buses: EventBus[] = [];
  const handles: ConsumerHandle[] = [];

  afterEach(async () => {
    await Promise.all(handles.splice(0).map((handle) => handle.stop()));
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  afterAll(async () => {
    await deleteNamespaceStreams(url, namespace);
  });

  it('on NATS JetStream (two bus connections on one namespace): in order per order, once each, shared, a failing order holds only itself', async () => {
    const replicas = [await connectNatsBus({ url, namespace, logger }), await connectNatsBus({ url, namespace, logger })];
    buses.push(...replicas);
    await runScenario('pk', {
      start: async (options) => {
        for (const [index, bus] of replicas.entries()) handles.push(await bus.consume(options(index)));
        // The first replica took every partition; the second gets its half within a few lease rounds.
        await sleep(DEFAULT_NATS_BUS.leaseTtlMs);
      },
      publish: (event) => replicas[0].publish(event),
    });
  }, 60_000);

  it('on the embedded in-process bus (two consume() of one consumer): the same ordering semantics', async () => {
    const bus = createInProcessBus({ namespace, logger });
    buses.push(bus);
    await runScenario('pkmem', {
      start: async (options) => {
        for (const index of [0, 1]) handles.push(await bus.consume(options(index)));
      },
      publish: (event) => bus.publish(event),
    });
  }, 60_000);
});
