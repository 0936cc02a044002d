import type { DataSource } from 'typeorm';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';
import { recordDeadLetter } from '../src/messaging/dead-letters';
import { pruneMessagingTables, startMessagingPruner, type MessagingRetention } from '../src/messaging/messaging-pruner';
import type { PeriodicLoop } from '../src/polling/periodic-loop';
import { eventually, openMessagingDatabase, sleep, type MessagingDatabase } from './fixtures';

// Under jest, the embedded (PGlite) cases need NODE_OPTIONS=--experimental-vm-modules.
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const namespace = `test_${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('pruner-test', 'silent');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const retention: MessagingRetention = { outboxRetentionMs: DAY, inboxRetentionMs: 7 * DAY, batchSize: 10 };

/** `work`'s result, or a rejection once `ms` passed without one (the timer never outlives the call). */
async function within<T>(ms: number, work: Promise<T>, failure: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([work, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(failure)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

describe.each([
  ['a PostgreSQL server', serverUrl],
  ['embedded PGlite', undefined],
])('pruning the messaging tables on %s', (_mode, url) => {
  let db: MessagingDatabase;
  let ds: DataSource;
  const loops: PeriodicLoop[] = [];

  /** Ages are set through the database's own clock, the one the pruner measures against. */
  const ago = (ms: number): string => `now() - ${ms} * interval '1 millisecond'`;
  const addPublished = async (count: number, ageMs: number): Promise<string[]> => {
    const ids = Array.from({ length: count }, () => uuidv7());
    for (const id of ids) {
      await ds.query(
        `INSERT INTO outbox (id, type, payload, created_at, published_at) VALUES ($1, 'menu.item.changed', '{}', ${ago(ageMs)}, ${ago(ageMs)})`,
        [id],
      );
    }
    return ids;
  };
  const addUnpublished = async (ageMs: number): Promise<string> => {
    const id = uuidv7();
    await ds.query(
      `INSERT INTO outbox (id, type, payload, created_at, attempts, last_error) VALUES ($1, 'menu.item.changed', '{}', ${ago(ageMs)}, 42, 'bus unavailable')`,
      [id],
    );
    return id;
  };
  const addHandled = async (consumer: string, count: number, ageMs: number): Promise<string[]> => {
    const ids = Array.from({ length: count }, () => uuidv7());
    for (const id of ids)
      await ds.query(`INSERT INTO inbox (consumer, event_id, processed_at) VALUES ($1, $2, ${ago(ageMs)})`, [consumer, id]);
    return ids;
  };
  const outboxIds = async (): Promise<string[]> =>
    (await ds.query<Array<{ id: string }>>('SELECT id FROM outbox ORDER BY id')).map((row) => row.id);
  const inboxIds = async (): Promise<string[]> =>
    (await ds.query<Array<{ event_id: string }>>('SELECT event_id FROM inbox ORDER BY event_id')).map((row) => row.event_id);
  const sorted = (ids: string[]): string[] => [...ids].sort();

  beforeAll(async () => {
    db = await openMessagingDatabase('prune', namespace, url);
    ds = db.ds;
  });
  afterEach(async () => {
    await Promise.all(loops.splice(0).map((loop) => loop.stop()));
    await ds.query('DELETE FROM outbox');
    await ds.query('DELETE FROM inbox');
    await ds.query('DELETE FROM dead_letters');
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('deletes published outbox rows past the retention in batches, keeping newer and unpublished ones', async () => {
    await addPublished(25, 2 * DAY);
    const recent = await addPublished(3, HOUR);
    const stuck = [await addUnpublished(30 * DAY), await addUnpublished(2 * DAY)];

    const report = await pruneMessagingTables(ds, retention);

    expect(report.outbox).toEqual([10, 10, 5]);
    expect(await outboxIds()).toEqual(sorted([...recent, ...stuck]));
    expect(await ds.query('SELECT attempts, last_error FROM outbox WHERE id = $1', [stuck[0]])).toEqual([
      { attempts: 42, last_error: 'bus unavailable' },
    ]);
  });

  it('deletes inbox rows past the retention in batches, for every consumer, keeping newer ones', async () => {
    await addHandled('orders-saga', 13, 8 * DAY);
    await addHandled('orders-menu-read-model', 10, 30 * DAY);
    const recent = [...(await addHandled('orders-saga', 2, 6 * DAY)), ...(await addHandled('orders-menu-read-model', 2, HOUR))];

    const report = await pruneMessagingTables(ds, retention);

    expect(report.inbox).toEqual([10, 10, 3]);
    expect(report.outbox).toEqual([0]);
    expect(await inboxIds()).toEqual(sorted(recent));
  });

  it('never deletes dead letters, however old', async () => {
    const letter = await recordDeadLetter(ds, logger, {
      consumer: 'orders-saga',
      payload: { not: 'an event' },
      reason: 'invalid',
      attempts: 1,
    });
    await ds.query(`UPDATE dead_letters SET created_at = ${ago(400 * DAY)} WHERE id = $1`, [letter.id]);

    await pruneMessagingTables(ds, retention);

    expect(await ds.query('SELECT id FROM dead_letters')).toEqual([{ id: letter.id }]);
  });

  it('prunes periodically once started, and no more once stopped', async () => {
    await addPublished(15, 2 * DAY);
    await addHandled('orders-saga', 12, 8 * DAY);
    const pruner = startMessagingPruner(ds, logger, { ...retention, intervalMs: 50 });
    loops.push(pruner);
    await eventually(async () => (await outboxIds()).length === 0 && (await inboxIds()).length === 0);

    // Rows that grow old later go on a later pass.
    await addPublished(4, 2 * DAY);
    await eventually(async () => (await outboxIds()).length === 0);

    await pruner.stop();
    const after = await addPublished(2, 2 * DAY);
    await sleep(200);
    expect(await outboxIds()).toEqual(sorted(after));
  });

  it('refuses an inbox retention that would not outlive redeliveries', () => {
    expect(() => startMessagingPruner(ds, logger, { inboxRetentionMs: 10 * 60_000 })).toThrow(/inboxRetentionMs must be at least/);
    return expect(pruneMessagingTables(ds, { ...retention, inboxRetentionMs: 0 })).rejects.toThrow(RangeError);
  });

  if (url) {
    it('skips rows another transaction holds instead of waiting for them, and takes them on a later pass', async () => {
      const [held, ...others] = await addPublished(5, 2 * DAY);
      const runner = ds.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query('SELECT id FROM outbox WHERE id = $1 FOR UPDATE', [held]);
        const report = await within(5000, pruneMessagingTables(ds, retention), 'the pruner waited for a locked row');
        expect(report.outbox).toEqual([others.length]);
        expect(await outboxIds()).toEqual([held]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
      expect((await pruneMessagingTables(ds, retention)).outbox).toEqual([1]);
      expect(await outboxIds()).toEqual([]);
    });
  }
});
