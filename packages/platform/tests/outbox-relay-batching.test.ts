import type { DomainEvent, EventEnvelope } from '@foodgraph/events';
import type { DataSource } from 'typeorm';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';
import type { ConsumerHandle, EventBus } from '../src/messaging/event-bus';
import { newEvent } from '../src/messaging/new-event';
import { appendToOutbox, withOutbox } from '../src/messaging/outbox';
import { orderingKeyOf } from '../src/messaging/event-ordering-key';
import { startOutboxRelay, type OutboxRelay } from '../src/messaging/outbox-relay';
import { eventually, openMessagingDatabase, sleep, type MessagingDatabase } from './fixtures';

/*
 * The relay publishes a batch with many keys in flight at once, one key's events one after the
 * other; a failure holds only its key; a relay that dies mid-batch loses nothing (what it had
 * published goes out once more: duplicates, which the stream and the consumers' inboxes drop).
 */

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const namespace = `test_${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('outbox-batching-test', 'silent');

/** An event of `key`'s aggregate (a restaurant's item), told apart by `name`. */
const eventOf = (key: string, name: string): DomainEvent<'menu.item.changed'> =>
  newEvent(
    'menu.item.changed',
    { itemId: uuidv7(), revision: 1, restaurantId: key, name, price: 450, currency: 'EUR', available: true, stock: null, deleted: false },
    { producer: 'menu', correlationId: 'req-1' },
  );

/** `perKey` events for each of `keys` fresh keys, interleaved as busy aggregates write them. */
function interleaved(keys: number, perKey: number): DomainEvent<'menu.item.changed'>[] {
  const ids = Array.from({ length: keys }, () => uuidv7());
  return Array.from({ length: keys * perKey }, (_, i) => eventOf(ids[i % keys], `event ${Math.floor(i / keys)}`));
}

/** A bus whose acks take `delayMs`; it records what is in flight, per key and in all. */
class AckDelayBus implements EventBus {
  readonly published: EventEnvelope[] = [];
  maxInFlight = 0;
  maxInFlightPerKey = 0;
  /** Event ids that fail this many more times. */
  readonly failing = new Map<string, number>();
  /** Publishes left before the bus stops answering (a process about to die). */
  hangAfter = Number.POSITIVE_INFINITY;
  private readonly hanging: Array<(error: Error) => void> = [];
  private crashed = false;
  private inFlight = 0;
  private readonly perKey = new Map<string, number>();
  constructor(private readonly delayMs: number) {}

  async publish(event: EventEnvelope): Promise<void> {
    const key = orderingKeyOf(event);
    if (this.crashed) throw new Error('the process is gone');
    if (this.hangAfter <= 0) return new Promise((_resolve, reject) => void this.hanging.push(reject));
    this.hangAfter -= 1;
    this.inFlight += 1;
    this.perKey.set(key, (this.perKey.get(key) ?? 0) + 1);
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    this.maxInFlightPerKey = Math.max(this.maxInFlightPerKey, this.perKey.get(key)!);
    try {
      await sleep(this.delayMs);
      const failures = this.failing.get(event.id) ?? 0;
      if (failures > 0) {
        this.failing.set(event.id, failures - 1);
        throw new Error('bus refused it');
      }
      this.published.push(event);
    } finally {
      this.inFlight -= 1;
      this.perKey.set(key, this.perKey.get(key)! - 1);
    }
  }
  /** The process dies: what hangs fails, and nothing is published any more. */
  crash(): void {
    this.crashed = true;
    for (const reject of this.hanging.splice(0)) reject(new Error('the process is gone'));
  }
  consume(): Promise<ConsumerHandle> {
    return Promise.reject(new Error('the relay never consumes'));
  }
  async close(): Promise<void> {}
}

/** The ids of `events` (as published) by key, each key's in the order they came. */
function idsByKey(events: readonly EventEnvelope[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const event of events) out.set(orderingKeyOf(event), [...(out.get(orderingKeyOf(event)) ?? []), event.id]);
  return out;
}

const unpublishedCount = async (ds: DataSource): Promise<number> =>
  Number((await ds.query<Array<{ n: string }>>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL'))[0].n);

describe.each([
  ['a PostgreSQL server', serverUrl],
  ['embedded PGlite', undefined],
])('the outbox relay batches on %s', (mode, url) => {
  let db: MessagingDatabase;
  let ds: DataSource;
  const relays: OutboxRelay[] = [];
  const start = (bus: EventBus, options: { batchSize?: number; concurrency?: number } = {}): OutboxRelay => {
    const relay = startOutboxRelay(ds, bus, logger, { pollMs: 20, ...options });
    relays.push(relay);
    return relay;
  };

  beforeAll(async () => {
    db = await openMessagingDatabase('outbox_batching', namespace, url);
    ds = db.ds;
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await ds.query('DELETE FROM outbox');
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('keeps many keys in flight at once, each key one event at a time and in insertion order', async () => {
    const events = interleaved(20, 5);
    await ds.transaction((manager) => appendToOutbox(manager, events));
    const bus = new AckDelayBus(10);
    start(bus, { batchSize: 100, concurrency: 8 });
    await eventually(async () => (await unpublishedCount(ds)) === 0);
    expect(bus.published).toHaveLength(events.length);
    expect(idsByKey(bus.published)).toEqual(idsByKey(events));
    expect(bus.maxInFlightPerKey).toBe(1);
    // Eight keys at a time, never more: the acks overlap instead of following each other.
    expect(bus.maxInFlight).toBe(8);
  });

  it('publishes one event at a time with a concurrency of 1: one key after the other, each in order', async () => {
    const events = interleaved(4, 3);
    await ds.transaction((manager) => appendToOutbox(manager, events));
    const bus = new AckDelayBus(1);
    start(bus, { concurrency: 1 });
    await eventually(async () => (await unpublishedCount(ds)) === 0);
    expect(bus.maxInFlight).toBe(1);
    expect(bus.published.map((e) => e.id)).toEqual([...idsByKey(events).values()].flat());
  });

  it('holds back only the key whose publish failed, and never lets its later events overtake', async () => {
    const events = interleaved(5, 4);
    const stuckKey = orderingKeyOf(events[1]);
    const stuck = events.filter((e) => orderingKeyOf(e) === stuckKey);
    const bus = new AckDelayBus(1);
    bus.failing.set(stuck[1].id, 3);
    await ds.transaction((manager) => appendToOutbox(manager, events));
    start(bus);
    // Every other key goes out in the first pass, while the stuck key waits after its first event.
    await eventually(() => bus.published.filter((e) => orderingKeyOf(e) !== stuckKey).length === 16);
    expect(bus.published.filter((e) => orderingKeyOf(e) === stuckKey).map((e) => e.id)).toEqual([stuck[0].id]);
    await eventually(async () => (await unpublishedCount(ds)) === 0);
    expect(idsByKey(bus.published)).toEqual(idsByKey(events));
    expect(await ds.query('SELECT attempts, last_error FROM outbox WHERE id = $1', [stuck[1].id])).toEqual([
      { attempts: 3, last_error: 'bus refused it' },
    ]);
  });

  it('answers a poll with nothing to publish by one probe, without a transaction', async () => {
    const bus = new AckDelayBus(1);
    const relay = startOutboxRelay(ds, bus, logger, { pollMs: 10 });
    relays.push(relay);
    await sleep(50); // the first pass (nothing there) is over
    const transactions = jest.spyOn(ds, 'transaction');
    const queries = jest.spyOn(ds, 'query');
    try {
      await sleep(150);
      expect(transactions).not.toHaveBeenCalled();
      expect(queries.mock.calls.filter(([sql]) => sql.includes('EXISTS')).length).toBeGreaterThanOrEqual(3);
    } finally {
      transactions.mockRestore();
      queries.mockRestore();
    }
  });

  it('claims at once when a commit that appended events nudges it, without probing first', async () => {
    const bus = new AckDelayBus(1);
    const relay = startOutboxRelay(ds, bus, logger, { pollMs: 60_000 });
    relays.push(relay);
    await sleep(50); // the first pass (nothing there) is over
    const transactions = jest.spyOn(ds, 'transaction');
    const queries = jest.spyOn(ds, 'query');
    try {
      const event = eventOf(uuidv7(), 'nudged');
      await withOutbox(ds, relay, async (_manager, emit) => emit(event));
      await eventually(() => bus.published.length === 1, 2_000);
      // withOutbox's own transaction, then the pass that published it; no probe before it.
      expect(transactions).toHaveBeenCalledTimes(2);
      expect(queries.mock.calls.filter(([sql]) => sql.includes('EXISTS'))).toEqual([]);
    } finally {
      transactions.mockRestore();
      queries.mockRestore();
    }
  });

  const onServer = mode === 'a PostgreSQL server' ? it : it.skip;
  onServer('loses nothing when the relay dies mid-batch: the next one publishes the whole batch again, in key order', async () => {
    const events = interleaved(6, 5);
    await ds.transaction((manager) => appendToOutbox(manager, events));
    const dying = new AckDelayBus(1);
    dying.hangAfter = 12;
    start(dying, { concurrency: 4 });
    await eventually(() => dying.published.length === 12);
    // The process dies: its connection goes, and with it the pass's transaction and locks.
    const holders = await ds.query<Array<{ pid: number }>>(
      "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
    );
    expect(holders).toHaveLength(1);
    await ds.query('SELECT pg_terminate_backend($1)', [holders[0].pid]);
    dying.crash();
    await relays.shift()!.stop();
    expect(await unpublishedCount(ds)).toBe(events.length);

    const next = new AckDelayBus(1);
    start(next);
    await eventually(async () => (await unpublishedCount(ds)) === 0);
    expect(idsByKey(next.published)).toEqual(idsByKey(events));
    // At least once: the 12 the dead relay had published went out a second time.
    const again = next.published.filter((e) => dying.published.some((d) => d.id === e.id));
    expect(again).toHaveLength(12);
  });
});
