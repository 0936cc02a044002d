import type { EventEnvelope } from '@foodgraph/events';
import { connect, type JetStreamManager, type NatsConnection } from 'nats';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';
import type { ConsumeOptions, DeliveredMessage, EventBus } from '../src/messaging/event-bus';
import { connectNatsBus, deleteNamespaceStreams } from '../src/messaging/nats-bus';

const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const namespace = `t${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('event-bus-test', 'silent');

let nc: NatsConnection;
let jsm: JetStreamManager;
let bus: EventBus;
let testNumber = 0;
let producer: string;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function event(aggregateAndVerb = 'item.changed'): EventEnvelope {
  const type = `${producer}.${aggregateAndVerb}`;
  return {
    id: uuidv7(),
    type,
    version: 1,
    occurredAt: new Date().toISOString(),
    producer,
    correlationId: uuidv7(),
    causationId: null,
    data: {},
  };
}

function recording(consumer: string, types: string[], seen: DeliveredMessage[], extra: Partial<ConsumeOptions> = {}): ConsumeOptions {
  return {
    consumer,
    types: types.map((type) => `${producer}.${type}`),
    backoffMs: [50],
    handle: async (message) => {
      seen.push(message);
    },
    deadLetter: async () => undefined,
    ...extra,
  };
}

const idsOf = (seen: DeliveredMessage[]): string[] => seen.map((message) => (message.payload as EventEnvelope).id);

beforeAll(async () => {
  nc = await connect({ servers: url });
  jsm = await nc.jetstreamManager();
});

beforeEach(async () => {
  testNumber += 1;
  producer = `r${testNumber}`;
  bus = await connectNatsBus({ url, namespace, logger });
});

afterEach(async () => {
  await bus.close();
});

afterAll(async () => {
  await nc.drain();
  await deleteNamespaceStreams(url, namespace);
});

describe('NATS JetStream event bus resilience', () => {
  it('recreates its durable consumer after it was deleted on the server', async () => {
    const seen: DeliveredMessage[] = [];
    await bus.consume(recording('phoenix', ['item.changed'], seen));
    const first = event();
    await bus.publish(first);
    await waitFor('the first event', () => seen.length === 1);

    await jsm.consumers.delete(`${namespace}_${producer}`, 'phoenix');
    const second = event();
    await bus.publish(second);

    // The new durable starts from the stream's beginning: at-least-once, the inbox de-duplicates.
    await waitFor('the event published after the deletion', () => idsOf(seen).includes(second.id));
  });

  it('recreates a deleted stream on the next publish and keeps consuming from it', async () => {
    const seen: DeliveredMessage[] = [];
    await bus.consume(recording('survivor', ['item.changed'], seen));
    await bus.publish(event());
    await waitFor('the first event', () => seen.length === 1);

    await jsm.streams.delete(`${namespace}_${producer}`);
    const afterwards = event();
    await bus.publish(afterwards);

    // Each durable notices its stream is gone from the server's notice on a pending pull, or
    // else from two missed idle heartbeats (the client's 30 s pull expiry / 2 each): on a busy
    // machine the notice can slip between pulls, hence the longer wait.
    await waitFor('the event in the recreated stream', () => idsOf(seen).includes(afterwards.id), 45_000);
  });

  it('keeps its place when a durable consumer is restarted with more types', async () => {
    const before: DeliveredMessage[] = [];
    const handle = await bus.consume(recording('growing', ['item.changed'], before));
    const acked = event('item.changed');
    await bus.publish(acked);
    await waitFor('the first event', () => before.length === 1);
    await handle.stop();

    const after: DeliveredMessage[] = [];
    await bus.consume(recording('growing', ['item.changed', 'item.created'], after));
    const created = event('item.created');
    const changed = event('item.changed');
    await bus.publish(created);
    await bus.publish(changed);

    await waitFor('both new events', () => after.length >= 2);
    await sleep(100);
    expect(idsOf(after)).toEqual([created.id, changed.id]);
  });

  it('does not redeliver to a handler that runs longer than the ack wait', async () => {
    await bus.close();
    bus = await connectNatsBus({ url, namespace, logger, ackWaitMs: 1000 });
    const seen: DeliveredMessage[] = [];
    await bus.consume(
      recording('slowpoke', ['item.changed'], seen, {
        handle: async (message) => {
          seen.push(message);
          if (seen.length === 1) await sleep(2500);
        },
      }),
    );
    const slow = event();
    const marker = event();
    await bus.publish(slow);
    await bus.publish(marker);

    await waitFor('the marker', () => idsOf(seen).includes(marker.id));
    await sleep(200);
    expect(seen.map((message) => [(message.payload as EventEnvelope).id, message.attempt])).toEqual([
      [slow.id, 1],
      [marker.id, 1],
    ]);
  });

  it('hands a restarted consumer the events of rapid stop and start cycles exactly once each', async () => {
    const seen: DeliveredMessage[] = [];
    const published: string[] = [];
    for (let cycle = 0; cycle < 5; cycle++) {
      const handle = await bus.consume(recording('cycling', ['item.changed'], seen));
      const next = event();
      published.push(next.id);
      await bus.publish(next);
      await waitFor(`cycle ${cycle}`, () => seen.length === published.length);
      await handle.stop();
      const whileStopped = event();
      published.push(whileStopped.id);
      await bus.publish(whileStopped);
    }
    await bus.consume(recording('cycling', ['item.changed'], seen));
    await waitFor('the last event', () => seen.length >= published.length);
    await sleep(100);
    expect(idsOf(seen)).toEqual(published);
  });
});
