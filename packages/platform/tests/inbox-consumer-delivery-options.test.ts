import type { DataSource } from 'typeorm';
import { createLogger } from '../src/logging';
import type { EventBus } from '../src/messaging/event-bus';
import { startConsumer, type EventHandler } from '../src/messaging/inbox-consumer';
import { createInProcessBus } from '../src/messaging/in-process-bus';
import { appendToOutbox, withOutbox } from '../src/messaging/outbox';
import { deliveringEachMessageThrice, eventually, itemChanged, openMessagingDatabase, sleep, type MessagingDatabase } from './fixtures';

// What a consumer's deliveries cost: events it skips, `effects: 'at-least-once'`, and which
// commits nudge the outbox relay. The bus is the in-process one: these are the consumer's
// choices, the same on every bus (the NATS bus has its own contract suite). A new consumer
// there reads the stream from its start, so each test counts only the events it published.
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const suffix = Math.random().toString(36).slice(2, 8);
const namespace = `test_${suffix}`;
const logger = createLogger('inbox-options-test', 'silent');

describe('a consumer’s delivery options', () => {
  let db: MessagingDatabase;
  let ds: DataSource;
  let bus: EventBus;
  const handles: Array<{ stop(): Promise<void> }> = [];

  const inboxRows = async (consumer: string): Promise<number> =>
    Number((await ds.query<Array<{ n: string }>>('SELECT count(*) AS n FROM inbox WHERE consumer = $1', [consumer]))[0].n);
  const inboxed = async (consumer: string, eventId: string): Promise<boolean> =>
    (await ds.query<unknown[]>('SELECT 1 FROM inbox WHERE consumer = $1 AND event_id = $2', [consumer, eventId])).length === 1;

  beforeAll(async () => {
    db = await openMessagingDatabase('inbox_options', namespace, serverUrl);
    ds = db.ds;
    bus = createInProcessBus({ namespace: `t${suffix}` });
  });
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((handle) => handle.stop()));
  });
  afterAll(async () => {
    await bus.close();
    await db.dispose();
  });

  it('acknowledges the events skip names without running the handler or writing an inbox row, and handles the rest once', async () => {
    const consumer = `skip-${suffix}`;
    const events = ['skip me', 'keep me', 'skip me too'].map(itemChanged);
    const ours = new Set(events.map((event) => event.id));
    const handled: string[] = [];
    const handler: EventHandler<'menu.item.changed'> = async (event) => {
      if (ours.has(event.id)) handled.push(event.data.name);
    };
    handles.push(
      await startConsumer(ds, deliveringEachMessageThrice(bus), logger, {
        consumer,
        handlers: { 'menu.item.changed': handler },
        skip: (event) => event.type === 'menu.item.changed' && event.data.name.startsWith('skip me'),
      }),
    );
    for (const event of events) await bus.publish(event);
    await eventually(() => handled.includes('keep me'));
    await sleep(200);
    expect(handled).toEqual(['keep me']);
    expect(await Promise.all(events.map((event) => inboxed(consumer, event.id)))).toEqual([false, true, false]);
  });

  it('runs an at-least-once handler again on a redelivery, outside any transaction and without an inbox row', async () => {
    const atLeastOnce = `alo-${suffix}`;
    const exactlyOnce = `eo-${suffix}`;
    const calls: Record<string, number> = { [atLeastOnce]: 0, [exactlyOnce]: 0 };
    const inTransaction: boolean[] = [];
    const told = itemChanged('twice told');
    const counting =
      (consumer: string): EventHandler<'menu.item.changed'> =>
      async (event, manager) => {
        if (event.id !== told.id) return;
        calls[consumer] += 1;
        inTransaction.push(manager.queryRunner?.isTransactionActive ?? false);
      };
    const redelivering = deliveringEachMessageThrice(bus);
    handles.push(
      await startConsumer(ds, redelivering, logger, {
        consumer: atLeastOnce,
        handlers: { 'menu.item.changed': counting(atLeastOnce) },
        effects: 'at-least-once',
      }),
      // The default on the same redelivering bus: the inbox still makes it one effect.
      await startConsumer(ds, redelivering, logger, { consumer: exactlyOnce, handlers: { 'menu.item.changed': counting(exactlyOnce) } }),
    );
    await bus.publish(told);
    await eventually(() => calls[atLeastOnce] === 3 && calls[exactlyOnce] === 1);
    await sleep(200);
    expect(calls).toEqual({ [atLeastOnce]: 3, [exactlyOnce]: 1 });
    expect(inTransaction.filter(Boolean)).toHaveLength(1);
    expect(await inboxRows(atLeastOnce)).toBe(0);
    expect(await inboxed(exactlyOnce, told.id)).toBe(true);
  });

  it('calls onCommitted only after a reaction that appended to the outbox', async () => {
    const consumer = `nudge-${suffix}`;
    let nudges = 0;
    const quiet = itemChanged('quiet');
    const answer = itemChanged('answer');
    const reacted: string[] = [];
    handles.push(
      await startConsumer(ds, bus, logger, {
        consumer,
        onCommitted: () => (nudges += 1),
        handlers: {
          'menu.item.changed': async (event, manager) => {
            if (event.id === answer.id) await appendToOutbox(manager, [itemChanged('the answer')]);
            if (event.id === quiet.id || event.id === answer.id) reacted.push(event.data.name);
          },
        },
      }),
    );
    // Earlier tests' events come first (the stream from its start); none of them appends.
    await bus.publish(quiet);
    await eventually(() => reacted.includes('quiet'));
    await sleep(50);
    expect(nudges).toBe(0);
    await bus.publish(answer);
    await eventually(() => nudges === 1);
    expect(reacted).toEqual(['quiet', 'answer']);
  });

  it('has withOutbox nudge the relay only when its transaction appended events, emitted or appended directly', async () => {
    let nudges = 0;
    const relay = { nudge: () => void (nudges += 1) };
    await withOutbox(ds, relay, async (manager) => void (await manager.query('SELECT 1')));
    expect(nudges).toBe(0);
    await withOutbox(ds, relay, async (_manager, emit) => emit(itemChanged('emitted')));
    expect(nudges).toBe(1);
    await withOutbox(ds, relay, (manager) => appendToOutbox(manager, [itemChanged('appended')]));
    expect(nudges).toBe(2);
  });
});
