import type { EventEnvelope } from '@foodgraph/events';
import { connect } from 'nats';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { dropDatabase } from '../src/db/postgres-server';
import { createLogger } from '../src/logging';
import type { ConsumerHandle, EventBus } from '../src/messaging/event-bus';
import { startConsumer } from '../src/messaging/inbox-consumer';
import { createInProcessBus } from '../src/messaging/in-process-bus';
import { pruneMessagingTables, type MessagingRetention } from '../src/messaging/messaging-pruner';
import { connectNatsBus, deleteNamespaceStreams } from '../src/messaging/nats-bus';
import { eventually, itemChanged } from './fixtures';

// Under jest, the embedded (PGlite) case needs NODE_OPTIONS=--experimental-vm-modules.
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const suffix = Math.random().toString(36).slice(2, 8);
const namespace = `test_${suffix}`;
const natsNamespace = `t${suffix}`;
const logger = createLogger('pruning-dedup-test', 'silent');

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const retention: MessagingRetention = { outboxRetentionMs: DAY, inboxRetentionMs: 7 * DAY, batchSize: 10 };

/** What the handler did, one row per handling, so a second handling shows. */
class CreateHandlings1750000000000 implements MigrationInterface {
  name = 'CreateHandlings1750000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE "handlings" ("event_id" uuid NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "handlings"');
  }
}

/**
 * Hands the consumer a second copy of an event it already handled, the way each bus can:
 * JetStream stores it under a new Nats-Msg-Id (a lost ack's redelivery, or a re-publish past
 * the duplicate window); the in-process bus runs with no duplicate window at all.
 */
type Redeliver = (event: EventEnvelope) => Promise<void>;

const natsSetup = async (): Promise<{ bus: EventBus; redeliver: Redeliver }> => {
  const bus = await connectNatsBus({ url: natsUrl, namespace: natsNamespace, logger });
  const redeliver: Redeliver = async (event) => {
    const nc = await connect({ servers: natsUrl, name: 'foodgraph-test-redelivery' });
    try {
      await nc.jetstream().publish(`${natsNamespace}.${event.type}`, JSON.stringify(event), { msgID: `again-${event.id}` });
    } finally {
      await nc.close();
    }
  };
  return { bus, redeliver };
};

const inProcessSetup = async (): Promise<{ bus: EventBus; redeliver: Redeliver }> => {
  const bus = createInProcessBus({ namespace: natsNamespace, duplicateWindowMs: 0 });
  return { bus, redeliver: (event) => bus.publish(event) };
};

describe.each([
  ['NATS JetStream with PostgreSQL', 'nats', serverUrl, natsSetup],
  ['the in-process bus with embedded PGlite', 'lite', undefined, inProcessSetup],
])('pruning the inbox under a consumer on %s', (_name, key, url, setup) => {
  let ds: DataSource;
  let bus: EventBus;
  let redeliver: Redeliver;
  let consumer: ConsumerHandle | null = null;

  const handlings = async (eventId: string): Promise<number> =>
    (await ds.query<unknown[]>('SELECT 1 FROM handlings WHERE event_id = $1', [eventId])).length;
  /** Backdates an inbox row through the database clock, the one the pruner measures against. */
  const handledAgo = (eventId: string, ms: number): Promise<unknown> =>
    ds.query(`UPDATE inbox SET processed_at = now() - ${ms} * interval '1 millisecond' WHERE event_id = $1`, [eventId]);

  beforeAll(async () => {
    const where = url ? { serverUrl: url } : { dataDir: null };
    ds = await openDatabase({
      name: `prune_dedup_${key}`,
      namespace,
      ...where,
      entities: [],
      migrations: [CreateHandlings1750000000000],
      logger,
    });
    ({ bus, redeliver } = await setup());
  });
  afterAll(async () => {
    await consumer?.stop();
    await bus.close();
    await ds.destroy();
    if (url) await dropDatabase(url, `${namespace}_prune_dedup_${key}`);
    if (key === 'nats') await deleteNamespaceStreams(natsUrl, natsNamespace);
  });

  it('still skips a redelivered event whose inbox row is inside the retention, and only one pruned past it runs again', async () => {
    consumer = await startConsumer(ds, bus, logger, {
      consumer: `pruned-${key}`,
      handlers: {
        'menu.item.changed': async (event, manager) => {
          await manager.query('INSERT INTO handlings (event_id) VALUES ($1)', [event.id]);
        },
      },
    });
    const recent = itemChanged('handled six days ago');
    const forgotten = itemChanged('handled eight days ago');
    await bus.publish(recent);
    await bus.publish(forgotten);
    await eventually(async () => (await handlings(recent.id)) === 1 && (await handlings(forgotten.id)) === 1);
    await handledAgo(recent.id, 6 * DAY);
    await handledAgo(forgotten.id, 8 * DAY);

    expect((await pruneMessagingTables(ds, retention)).inbox).toEqual([1]);

    await redeliver(recent);
    await redeliver(forgotten);
    // The consumer takes its messages in order: once the second copy ran, the first was seen.
    await eventually(async () => (await handlings(forgotten.id)) === 2);
    expect(await handlings(recent.id)).toBe(1);
  });
});
