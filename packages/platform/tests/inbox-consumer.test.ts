import type { EventEnvelope } from '@foodgraph/events';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { dropDatabase } from '../src/db/postgres-server';
import { BadUserInputError } from '../src/errors';
import { createLogger } from '../src/logging';
import { listDeadLetters, recordDeadLetter } from '../src/messaging/dead-letters';
import type { EventBus } from '../src/messaging/event-bus';
import { startConsumer, type EventHandler } from '../src/messaging/inbox-consumer';
import { createInProcessBus } from '../src/messaging/in-process-bus';
import { connectNatsBus, deleteNamespaceStreams } from '../src/messaging/nats-bus';
import { deliveringEachMessageThrice, eventually, itemChanged, sleep } from './fixtures';

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const suffix = Math.random().toString(36).slice(2, 8);
const namespace = `test_${suffix}`;
const natsNamespace = `t${suffix}`;
const logger = createLogger('inbox-test', 'silent');

/** The handlers' visible effect, written through the transaction's manager. */
class CreateHandled1750000000000 implements MigrationInterface {
  name = 'CreateHandled1750000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE "handled" ("consumer" text NOT NULL, "event_id" uuid NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "handled"');
  }
}

const inProcessBus = (): Promise<EventBus> => Promise.resolve(createInProcessBus({ namespace: natsNamespace }));
const natsBus = (): Promise<EventBus> => connectNatsBus({ url: natsUrl, namespace: natsNamespace, logger });

// The embedded combination (PGlite + in-process bus) is what `npm start` runs without servers;
// under jest PGlite needs NODE_OPTIONS=--experimental-vm-modules.
describe.each([
  ['the in-process bus with PostgreSQL', 'mem', serverUrl, inProcessBus],
  ['NATS JetStream with PostgreSQL', 'nats', serverUrl, natsBus],
  ['the in-process bus with embedded PGlite', 'lite', undefined, inProcessBus],
])('a consumer on %s', (_name, key, url, createBus) => {
  let ds: DataSource;
  let bus: EventBus;
  const handles: Array<{ stop(): Promise<void> }> = [];

  const handledCount = async (consumer: string, eventId: string): Promise<number> =>
    (await ds.query<unknown[]>('SELECT 1 FROM handled WHERE consumer = $1 AND event_id = $2', [consumer, eventId])).length;

  /** A handler that records the event, after `beforeCommit` had its say (it may throw). */
  const recording =
    (consumer: string, beforeCommit: (event: EventEnvelope) => void = () => undefined): EventHandler<'menu.item.changed'> =>
    async (event, manager) => {
      await manager.query('INSERT INTO handled (consumer, event_id) VALUES ($1, $2)', [consumer, event.id]);
      beforeCommit(event);
    };

  beforeAll(async () => {
    const where = url ? { serverUrl: url } : { dataDir: null };
    ds = await openDatabase({ name: `inbox_${key}`, namespace, ...where, entities: [], migrations: [CreateHandled1750000000000], logger });
    bus = await createBus();
  });
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((handle) => handle.stop()));
  });
  afterAll(async () => {
    await bus.close();
    await ds.destroy();
    if (url) await dropDatabase(url, `${namespace}_inbox_${key}`);
    if (key === 'nats') await deleteNamespaceStreams(natsUrl, natsNamespace);
  });

  it('handles an event delivered several times (even concurrently) only once', async () => {
    const consumer = `dup-${key}`;
    handles.push(
      await startConsumer(ds, deliveringEachMessageThrice(bus), logger, {
        consumer,
        handlers: { 'menu.item.changed': recording(consumer) },
      }),
    );
    const event = itemChanged('soup');
    await bus.publish(event);
    await eventually(async () => (await handledCount(consumer, event.id)) > 0);
    await sleep(200);
    expect(await handledCount(consumer, event.id)).toBe(1);
    expect(await ds.query('SELECT consumer FROM inbox WHERE event_id = $1', [event.id])).toEqual([{ consumer }]);
  });

  it('rolls back a throwing handler and succeeds on the redelivery', async () => {
    const consumer = `retry-${key}`;
    const event = itemChanged('stew');
    let calls = 0;
    const flaky = recording(consumer, (handled) => {
      if (handled.id !== event.id) return;
      calls += 1;
      if (calls === 1) throw new Error('database hiccup');
    });
    handles.push(await startConsumer(ds, bus, logger, { consumer, handlers: { 'menu.item.changed': flaky }, backoffMs: [20] }));
    await bus.publish(event);
    await eventually(() => calls === 2);
    await eventually(async () => (await handledCount(consumer, event.id)) === 1);
    expect(await listDeadLetters(ds, { first: 100, consumer })).toEqual({ items: [], hasNextPage: false });
  });

  it('dead-letters an invalid payload with the reason at once and goes on with the next event', async () => {
    const consumer = `invalid-${key}`;
    const handled: string[] = [];
    handles.push(
      await startConsumer(ds, bus, logger, {
        consumer,
        handlers: { 'menu.item.changed': async (event) => void handled.push(event.id) },
      }),
    );
    const bad = itemChanged('negative');
    (bad.data as { price: number }).price = -5;
    const good = itemChanged('fine');
    await bus.publish(bad);
    await bus.publish(good);
    await eventually(() => handled.includes(good.id));
    // Different items are different keys, handled in parallel: the dead letter may land after.
    const deadLetterOf = async () => (await listDeadLetters(ds, { first: 100, consumer })).items.find((item) => item.eventId === bad.id);
    await eventually(async () => (await deadLetterOf()) !== undefined);
    expect(handled).not.toContain(bad.id);
    const letter = await deadLetterOf();
    expect(letter).toMatchObject({ consumer, type: 'menu.item.changed', attempts: 1, payload: bad });
    expect(letter!.reason).toMatch(/price/);
  });

  it('dead-letters an event whose handler keeps failing once deliveries run out', async () => {
    const consumer = `doomed-${key}`;
    const event = itemChanged('burnt');
    let calls = 0;
    const failing = recording(consumer, (handled) => {
      if (handled.id !== event.id) return;
      calls += 1;
      throw new Error('kitchen on fire');
    });
    handles.push(
      await startConsumer(ds, bus, logger, { consumer, handlers: { 'menu.item.changed': failing }, maxDeliveries: 3, backoffMs: [20] }),
    );
    await bus.publish(event);
    await eventually(async () => (await listDeadLetters(ds, { first: 100, consumer })).items.some((item) => item.eventId === event.id));
    const { items } = await listDeadLetters(ds, { first: 100, consumer });
    expect(items.find((item) => item.eventId === event.id)).toMatchObject({
      reason: 'kitchen on fire',
      attempts: 3,
      type: 'menu.item.changed',
    });
    expect(calls).toBe(3);
    expect(await handledCount(consumer, event.id)).toBe(0);
    expect(await ds.query('SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2', [consumer, event.id])).toEqual([]);
  });
});

describe('listDeadLetters', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await openDatabase({ name: 'dead_letters', namespace, serverUrl, entities: [], migrations: [], logger });
  });
  afterAll(async () => {
    await ds.destroy();
    await dropDatabase(serverUrl, `${namespace}_dead_letters`);
  });

  it('pages through dead letters newest first', async () => {
    for (const reason of ['first', 'second', 'third']) {
      await recordDeadLetter(ds, logger, { consumer: 'pager', payload: { not: 'an event' }, reason, attempts: 1 });
      await sleep(2); // distinct uuidv7 milliseconds make the order certain
    }
    const page1 = await listDeadLetters(ds, { first: 2 });
    expect(page1.items.map((item) => item.reason)).toEqual(['third', 'second']);
    expect(page1.hasNextPage).toBe(true);
    const page2 = await listDeadLetters(ds, { first: 2, after: page1.items[1].id });
    expect(page2).toMatchObject({
      items: [{ reason: 'first', eventId: null, type: null, payload: { not: 'an event' } }],
      hasNextPage: false,
    });
  });

  it('rejects a page size outside 1..100 on the field first', async () => {
    await expect(listDeadLetters(ds, { first: 0 })).rejects.toThrow(BadUserInputError);
    await expect(listDeadLetters(ds, { first: 101 })).rejects.toMatchObject({ field: 'first' });
  });
});
