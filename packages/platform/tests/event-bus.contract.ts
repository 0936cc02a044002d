import type { EventEnvelope } from '@foodgraph/events';
import type { ConsumeOptions, ConsumerHandle, DeliveredMessage, EventBus } from '../src/messaging/event-bus';
import { uuidv7 } from '../src/ids';

/** What a bus implementation hands the shared suite. */
export interface EventBusContractSubject {
  /** Subject prefix the bus was created with. */
  namespace: string;
  /** A fresh bus for one test; the suite closes it. */
  create(): Promise<EventBus>;
}

/** Short delays keep redelivery cases well inside the jest timeout on either bus. */
const BACKOFF = [50, 100];
const WAIT_MS = 10_000;

async function waitFor(what: string, condition: () => boolean, timeoutMs = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A consumer that records what it is given; `fail` decides per delivery whether to throw. */
class Recorder {
  readonly deliveries: DeliveredMessage[] = [];
  readonly receivedAt: number[] = [];
  readonly deadLetters: { message: DeliveredMessage; error: unknown }[] = [];

  constructor(private readonly fail: (message: DeliveredMessage) => boolean = () => false) {}

  options(consumer: string, types: string[], extra: Partial<ConsumeOptions> = {}): ConsumeOptions {
    return {
      consumer,
      types,
      backoffMs: BACKOFF,
      handle: async (message) => {
        this.deliveries.push(message);
        this.receivedAt.push(Date.now());
        if (this.fail(message)) throw new Error(`refused attempt ${message.attempt}`);
      },
      deadLetter: async (message, error) => {
        this.deadLetters.push({ message, error });
      },
      ...extra,
    };
  }

  ids(): string[] {
    return this.deliveries.map((delivery) => (delivery.payload as EventEnvelope).id);
  }

  countOf(id: string): number {
    return this.ids().filter((seen) => seen === id).length;
  }
}

/**
 * The behaviour every {@link EventBus} owes the outbox and the inbox, run against each
 * implementation (in-process and NATS JetStream) from its own test file. Every test uses
 * producers of its own, so on a shared JetStream namespace it sees only its own streams.
 */
export function describeEventBusContract(name: string, subject: EventBusContractSubject): void {
  describe(`${name} event bus contract`, () => {
    let bus: EventBus;
    let producer: string;
    let testNumber = 0;
    const handles: ConsumerHandle[] = [];

    const type = (aggregateAndVerb = 'item.changed'): string => `${producer}.${aggregateAndVerb}`;
    const event = (eventType = type(), data: unknown = {}): EventEnvelope => ({
      id: uuidv7(),
      type: eventType,
      version: 1,
      occurredAt: new Date().toISOString(),
      producer: eventType.split('.')[0],
      correlationId: uuidv7(),
      causationId: null,
      data,
    });
    const consume = async (options: ConsumeOptions): Promise<ConsumerHandle> => {
      const handle = await bus.consume(options);
      handles.push(handle);
      return handle;
    };
    const publishAll = async (events: EventEnvelope[]): Promise<void> => {
      for (const each of events) await bus.publish(each);
    };

    beforeEach(async () => {
      testNumber += 1;
      producer = `p${testNumber}x${Math.random().toString(36).slice(2, 7)}`;
      bus = await subject.create();
    });

    afterEach(async () => {
      await Promise.all(handles.splice(0).map((handle) => handle.stop()));
      await bus.close();
    });

    it('delivers a published event to a consumer with its subject and attempt 1', async () => {
      const recorder = new Recorder();
      await consume(recorder.options('reader', [type()]));
      const published = event(type(), { name: 'Margherita' });
      await bus.publish(published);

      await waitFor('the delivery', () => recorder.deliveries.length === 1);
      expect(recorder.deliveries[0]).toEqual({ payload: published, attempt: 1, subject: `${subject.namespace}.${type()}` });
    });

    it('hands the consumer the trace context published beside the envelope, leaving the envelope as it was', async () => {
      const recorder = new Recorder();
      await consume(recorder.options('traced-reader', [type()]));
      const traceparent = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
      const [traced, untraced] = [event(), event()];
      await bus.publish(traced, { traceparent });
      await bus.publish(untraced);

      await waitFor('both deliveries', () => recorder.deliveries.length === 2);
      expect(recorder.deliveries.map((d) => d.traceparent)).toEqual([traceparent, undefined]);
      expect(recorder.deliveries[0]?.payload).toEqual(traced);
    });

    it('delivers events published before the consumer first registered', async () => {
      const earlier = [event(), event()];
      await publishAll(earlier);
      const recorder = new Recorder();
      await consume(recorder.options('late-reader', [type()]));

      await waitFor('the stored events', () => recorder.deliveries.length === 2);
      expect(recorder.ids()).toEqual(earlier.map((each) => each.id));
    });

    it('delivers only the subscribed types', async () => {
      const recorder = new Recorder();
      await consume(recorder.options('picky', [type('item.changed')]));
      const ignored = event(type('item.removed'));
      const wanted = event(type('item.changed'));
      await publishAll([ignored, wanted]);

      await waitFor('the wanted event', () => recorder.deliveries.length >= 1);
      await sleep(100);
      expect(recorder.ids()).toEqual([wanted.id]);
    });

    it('gives each differently named consumer its own copy', async () => {
      const first = new Recorder();
      const second = new Recorder();
      await consume(first.options('first', [type()]));
      await consume(second.options('second', [type()]));
      const published = event();
      await bus.publish(published);

      await waitFor('both deliveries', () => first.deliveries.length === 1 && second.deliveries.length === 1);
      expect(first.ids()).toEqual([published.id]);
      expect(second.ids()).toEqual([published.id]);
    });

    it('serves one consumer the types of several producers', async () => {
      const recorder = new Recorder();
      const otherType = `${producer}o.order.placed`;
      await consume(recorder.options('cross-producer', [type(), otherType]));
      const fromFirst = event();
      const fromSecond = event(otherType);
      await publishAll([fromFirst, fromSecond]);

      await waitFor('both events', () => recorder.deliveries.length === 2);
      expect(recorder.ids().sort()).toEqual([fromFirst.id, fromSecond.id].sort());
    });

    it('drops a re-publish of the same event id', async () => {
      const recorder = new Recorder();
      await consume(recorder.options('dedup', [type()]));
      const twice = event();
      const marker = event();
      await publishAll([twice, twice, marker]);

      await waitFor('the marker', () => recorder.ids().includes(marker.id));
      expect(recorder.ids()).toEqual([twice.id, marker.id]);
    });

    it('redelivers after a failing handler with a growing attempt number, then acks', async () => {
      const flaky = event();
      const marker = event();
      const recorder = new Recorder((message) => (message.payload as EventEnvelope).id === flaky.id && message.attempt < 3);
      await consume(recorder.options('retrying', [type()]));
      await publishAll([flaky, marker]);

      await waitFor('the marker after the retries', () => recorder.ids().includes(marker.id));
      await sleep(200);
      expect(recorder.deliveries.map((delivery) => [(delivery.payload as EventEnvelope).id, delivery.attempt])).toEqual([
        [flaky.id, 1],
        [flaky.id, 2],
        [flaky.id, 3],
        [marker.id, 1],
      ]);
      expect(recorder.deadLetters).toEqual([]);
      // backoffMs [50, 100]: the retries wait (minus timer slack) before coming back.
      expect(recorder.receivedAt[1] - recorder.receivedAt[0]).toBeGreaterThanOrEqual(40);
      expect(recorder.receivedAt[2] - recorder.receivedAt[1]).toBeGreaterThanOrEqual(90);
    });

    it('dead-letters a message after maxDeliveries failures and stops delivering it', async () => {
      const poison = event();
      const recorder = new Recorder((message) => (message.payload as EventEnvelope).id === poison.id);
      await consume(recorder.options('dead-lettering', [type()], { maxDeliveries: 3 }));
      const marker = event();
      await publishAll([poison, marker]);

      await waitFor('the marker after the dead letter', () => recorder.ids().includes(marker.id));
      await sleep(300);
      expect(recorder.countOf(poison.id)).toBe(3);
      expect(recorder.deadLetters).toHaveLength(1);
      const [deadLetter] = recorder.deadLetters;
      expect(deadLetter.message.payload).toEqual(poison);
      expect(deadLetter.message.attempt).toBe(3);
      expect((deadLetter.error as Error).message).toBe('refused attempt 3');
    });

    it('resumes a restarted consumer with the events published while it was stopped, not the acked ones', async () => {
      const before = new Recorder();
      const handle = await consume(before.options('resumable', [type()]));
      const acked = event();
      await bus.publish(acked);
      await waitFor('the first event', () => before.deliveries.length === 1);
      await sleep(50);
      await handle.stop();

      const meanwhile = [event(), event()];
      await publishAll(meanwhile);
      const after = new Recorder();
      await consume(after.options('resumable', [type()]));

      await waitFor('the missed events', () => after.deliveries.length >= 2);
      await sleep(100);
      expect(after.ids()).toEqual(meanwhile.map((each) => each.id));
      expect(before.ids()).toEqual([acked.id]);
    });

    it('delivers to one consumer in publish order, across its types, even while one is retried', async () => {
      const events = Array.from({ length: 12 }, (_, i) => event(type(i % 3 === 0 ? 'item.created' : 'item.changed'), { i }));
      const stubborn = events[4];
      const recorder = new Recorder((message) => (message.payload as EventEnvelope).id === stubborn.id && message.attempt < 2);
      await consume(recorder.options('ordered', [type('item.created'), type('item.changed')]));
      await publishAll(events);

      await waitFor('every event', () => new Set(recorder.ids()).size === events.length);
      // One message in flight per consumer: the retried event holds back everything behind it.
      expect(recorder.ids()).toEqual([...events.slice(0, 5), stubborn, ...events.slice(5)].map((each) => each.id));
    });

    it('waits for a running handler when a consumer stops', async () => {
      let started = false;
      let finished = false;
      const handle = await consume({
        ...new Recorder().options('slow', [type()]),
        handle: async () => {
          started = true;
          await sleep(200);
          finished = true;
        },
      });
      await bus.publish(event());
      await waitFor('the handler to start', () => started);
      await handle.stop();
      expect(finished).toBe(true);
    });

    it('closes with consumers still running and refuses to publish afterwards', async () => {
      const recorder = new Recorder();
      await consume(recorder.options('running', [type()]));
      await bus.publish(event());
      await waitFor('the delivery', () => recorder.deliveries.length === 1);

      await expect(bus.close()).resolves.toBeUndefined();
      await expect(bus.publish(event())).rejects.toThrow();
    });
  });
}
