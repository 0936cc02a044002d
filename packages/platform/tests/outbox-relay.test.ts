import type { EventEnvelope } from '@foodgraph/events';
import type { DataSource } from 'typeorm';
import { createLogger } from '../src/logging';
import type { ConsumerHandle, EventBus } from '../src/messaging/event-bus';
import { appendToOutbox, withOutbox } from '../src/messaging/outbox';
import { startOutboxRelay, type OutboxRelay } from '../src/messaging/outbox-relay';
import { eventually, itemChanged, openMessagingDatabase, sleep, type MessagingDatabase } from './fixtures';

// Under jest, the embedded (PGlite) cases need NODE_OPTIONS=--experimental-vm-modules.
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const namespace = `test_${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('outbox-test', 'silent');

/** Records what the relay publishes; relay tests need no real bus (that has its own contract suite). */
class RecordingBus implements EventBus {
  readonly published: EventEnvelope[] = [];
  failures = 0;
  delayMs = 0;
  async publish(event: EventEnvelope): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('bus unavailable');
    }
    if (this.delayMs > 0) await sleep(this.delayMs);
    this.published.push(event);
  }
  consume(): Promise<ConsumerHandle> {
    return Promise.reject(new Error('the relay never consumes'));
  }
  async close(): Promise<void> {}
}

const unpublishedCount = async (ds: DataSource): Promise<number> =>
  Number((await ds.query<Array<{ n: string }>>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL'))[0].n);

describe.each([
  ['a PostgreSQL server', serverUrl],
  ['embedded PGlite', undefined],
])('the outbox relay on %s', (_mode, url) => {
  let db: MessagingDatabase;
  let ds: DataSource;
  const relays: OutboxRelay[] = [];
  const start = (bus: EventBus, pollMs = 20, batchSize = 100): OutboxRelay => {
    const relay = startOutboxRelay(ds, bus, logger, { pollMs, batchSize });
    relays.push(relay);
    return relay;
  };

  beforeAll(async () => {
    db = await openMessagingDatabase('outbox', namespace, url);
    ds = db.ds;
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
    await ds.query('DELETE FROM outbox');
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('publishes committed events in the order they were appended and marks them published', async () => {
    const events = ['soup', 'salad', 'bread'].map(itemChanged);
    await ds.transaction((manager) => appendToOutbox(manager, events));
    const bus = new RecordingBus();
    start(bus);
    await eventually(async () => (await unpublishedCount(ds)) === 0);
    expect(bus.published.map((event) => event.id)).toEqual(events.map((event) => event.id));
    expect(bus.published[0]).toEqual(events[0]);
  });

  it('never publishes events appended in a transaction that rolled back', async () => {
    const bus = new RecordingBus();
    const relay = start(bus);
    await expect(
      withOutbox(ds, relay, async (_manager, emit) => {
        emit(itemChanged('ghost'));
        throw new Error('state change failed');
      }),
    ).rejects.toThrow('state change failed');
    const kept = itemChanged('kept');
    await withOutbox(ds, relay, async (_manager, emit) => emit(kept));
    await eventually(() => bus.published.length === 1);
    await sleep(100);
    expect(bus.published.map((event) => event.id)).toEqual([kept.id]);
    expect(await ds.query('SELECT id FROM outbox')).toEqual([{ id: kept.id }]);
  });

  // PGlite has one connection: no second relay can hold the lock beside this one.
  const onServer = url ? it : it.skip;
  onServer('stands by while another relay holds the lock, and publishes once it lets go', async () => {
    const other = ds.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      // The relay's lock key ("outb"), held as a relay in another process would hold it mid-pass.
      await other.query('SELECT pg_advisory_xact_lock($1)', [0x6f757462]);
      const event = itemChanged('waiting');
      await ds.transaction((manager) => appendToOutbox(manager, [event]));
      const bus = new RecordingBus();
      start(bus).nudge();
      await sleep(200);
      expect(bus.published).toEqual([]);
      await other.commitTransaction();
      await eventually(() => bus.published.length === 1, 2_000);
      expect(bus.published[0].id).toBe(event.id);
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  });

  it('publishes right after the commit when nudged, without waiting for the next poll', async () => {
    const bus = new RecordingBus();
    const relay = start(bus, 60_000);
    await sleep(50); // let the first (empty) pass finish, so only a nudge can publish now
    const event = itemChanged('fast');
    await withOutbox(ds, relay, async (_manager, emit) => emit(event));
    await eventually(() => bus.published.length === 1, 2_000);
  });

  it('never lets two relays on one database publish the same row, and keeps the order of each aggregate', async () => {
    // Five restaurants' items, interleaved: the publish key is the restaurant (orderingKeyOf).
    const restaurants = Array.from({ length: 5 }, () => itemChanged('first').data.restaurantId);
    const events = Array.from({ length: 250 }, (_, i) => {
      const event = itemChanged(`item ${i}`);
      return { ...event, data: { ...event.data, restaurantId: restaurants[i % 5] } };
    });
    await ds.transaction((manager) => appendToOutbox(manager, events));
    const bus = new RecordingBus();
    bus.delayMs = 1;
    const relays = [start(bus, 5, 40), start(bus, 5, 40)];
    relays.forEach((relay) => relay.nudge());
    await eventually(async () => (await unpublishedCount(ds)) === 0, 30_000);
    const ofRestaurant = (list: typeof events, id: string) => list.filter((e) => e.data.restaurantId === id).map((e) => e.id);
    const published = bus.published as typeof events;
    expect(published).toHaveLength(events.length);
    for (const id of restaurants) expect(ofRestaurant(published, id)).toEqual(ofRestaurant(events, id));
  });

  it('records a failed publish and retries it until the bus takes it', async () => {
    const bus = new RecordingBus();
    bus.failures = 2;
    const event = itemChanged('retried');
    await ds.transaction((manager) => appendToOutbox(manager, [event]));
    start(bus, 10);
    await eventually(async () => (await unpublishedCount(ds)) === 0);
    expect(bus.published.map((published) => published.id)).toEqual([event.id]);
    expect(await ds.query('SELECT attempts, last_error FROM outbox WHERE id = $1', [event.id])).toEqual([
      { attempts: 2, last_error: 'bus unavailable' },
    ]);
  });

  it('waits for the pass in flight when stopped', async () => {
    const bus = new RecordingBus();
    bus.delayMs = 200;
    const event = itemChanged('slow');
    await ds.transaction((manager) => appendToOutbox(manager, [event]));
    const relay = startOutboxRelay(ds, bus, logger, { pollMs: 60_000 });
    await sleep(50);
    await relay.stop();
    expect(bus.published).toHaveLength(1);
    expect(await unpublishedCount(ds)).toBe(0);
  });
});
