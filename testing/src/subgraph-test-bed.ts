import { randomBytes } from 'node:crypto';
import type { EventEnvelope, EventType } from '@foodgraph/events';
import { dropDatabase, openDatabase, type EntityClass, type MigrationClass } from '@foodgraph/platform/db';
import { createLogger, type Logger } from '@foodgraph/platform/logging';
import { connectNatsBus, createInProcessBus, deleteNamespaceStreams, type EventBus } from '@foodgraph/platform/messaging';
import type { DataSource } from 'typeorm';
import { TEST_DATABASE_URL, TEST_NATS_URL } from './start-supergraph';
import { disposable } from './leftovers';

export interface SubgraphTestBedOptions {
  /** The subgraph's name, e.g. `orders`; its database is `<namespace>_<name>`. */
  name: string;
  entities: EntityClass[];
  migrations: MigrationClass[];
  /** 'postgres': own database on the real server (dropped in `close`); 'pglite': in memory. @default 'postgres' */
  database?: 'postgres' | 'pglite';
  /** 'nats': JetStream on the local server (streams deleted in `close`). @default 'in-process' */
  bus?: 'in-process' | 'nats';
  /** Server only: connections in the pool. @default openDatabase's */
  poolSize?: number;
  /**
   * NATS bus only: partitions per consumer. One by default, as in `startSupergraph`: fewer
   * durables to create and claim; a test about partitions asks for more. @default 1
   */
  partitions?: number;
  /** In-process bus only: its duplicate window; 0 delivers a re-published envelope again. @default the bus's */
  duplicateWindowMs?: number;
}

/** A subgraph's own database and bus under a fresh namespace (named with `test`), for one test file. */
export interface SubgraphTestBed {
  readonly namespace: string;
  readonly dataSource: DataSource;
  readonly bus: EventBus;
  /** Silent; for the subgraph under test too. */
  readonly logger: Logger;
  /** Closes the bus and the database, then removes both. Stop the subgraph first. */
  close(): Promise<void>;
}

/** Opens (and migrates) the subgraph's database and connects its bus, both new to this test. */
export async function openSubgraphTestBed(options: SubgraphTestBedOptions): Promise<SubgraphTestBed> {
  const namespace = `test_${randomBytes(5).toString('hex')}`;
  const logger = createLogger(`${options.name}-test`, 'silent');
  const onServer = (options.database ?? 'postgres') === 'postgres';
  const onNats = options.bus === 'nats';
  const dataSource = await openDatabase({
    name: options.name,
    namespace,
    ...(onServer ? { serverUrl: TEST_DATABASE_URL } : {}),
    entities: options.entities,
    migrations: options.migrations,
    logger,
    poolSize: options.poolSize,
  });
  const bus = onNats
    ? await connectNatsBus({ url: TEST_NATS_URL, namespace, logger, partitions: options.partitions ?? 1 })
    : createInProcessBus({ namespace, logger, duplicateWindowMs: options.duplicateWindowMs });
  return {
    namespace,
    dataSource,
    bus,
    logger,
    close: disposable(async () => {
      await bus.close();
      await dataSource.destroy();
      if (onServer) await dropDatabase(TEST_DATABASE_URL, `${namespace}_${options.name}`);
      if (onNats) await deleteNamespaceStreams(TEST_NATS_URL, namespace);
    }),
  };
}

/** An event as a test consumer receives it off the bus. */
export type RecordedEvent = EventEnvelope<string, Record<string, unknown>>;

/** Hands `onEvent` every event of `types` published on `bus` from now on, in order. */
export async function onEvents(bus: EventBus, types: EventType[], onEvent: (event: RecordedEvent) => unknown): Promise<void> {
  await bus.consume({
    consumer: 'test-recorder',
    types,
    handle: async (message) => void (await onEvent(message.payload as RecordedEvent)),
    deadLetter: async () => undefined,
  });
}
