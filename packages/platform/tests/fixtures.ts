import type { DomainEvent } from '@foodgraph/events';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { dropDatabase } from '../src/db/postgres-server';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';
import type { EventBus } from '../src/messaging/event-bus';
import { newEvent } from '../src/messaging/new-event';

/** Helpers the platform's test files share (this file is not a test: no `.test.ts`). */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds; fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

/** A valid `menu.item.changed` event of a fresh item, told apart by `name`. */
export const itemChanged = (name: string): DomainEvent<'menu.item.changed'> =>
  newEvent(
    'menu.item.changed',
    {
      itemId: uuidv7(),
      revision: 1,
      restaurantId: uuidv7(),
      name,
      price: 450,
      currency: 'EUR',
      available: true,
      stock: null,
      deleted: false,
    },
    { producer: 'menu', correlationId: 'req-1' },
  );

/** A database `<namespace>_<name>` with only the outbox, inbox and dead-letter tables. */
export interface MessagingDatabase {
  readonly ds: DataSource;
  /** Destroys the DataSource and, on a server, drops the database. */
  dispose(): Promise<void>;
}

/**
 * Opens a {@link MessagingDatabase} on the PostgreSQL server at `serverUrl`, or in PGlite
 * memory without one (under jest PGlite needs NODE_OPTIONS=--experimental-vm-modules).
 */
export async function openMessagingDatabase(name: string, namespace: string, serverUrl: string | undefined): Promise<MessagingDatabase> {
  const ds = await openDatabase({
    name,
    namespace,
    ...(serverUrl ? { serverUrl } : { dataDir: null }),
    entities: [],
    migrations: [],
    logger: createLogger(`${name}-test`, 'silent'),
  });
  return {
    ds,
    async dispose() {
      await ds.destroy();
      if (serverUrl) await dropDatabase(serverUrl, `${namespace}_${name}`);
    },
  };
}

/** Simulates lost acks: every message reaches the handler twice at once, then once more. */
export const deliveringEachMessageThrice = (bus: EventBus): EventBus => ({
  publish: (event) => bus.publish(event),
  consume: (options) =>
    bus.consume({
      ...options,
      handle: async (message) => {
        await Promise.all([options.handle(message), options.handle(message)]);
        await options.handle(message);
      },
    }),
  close: () => bus.close(),
});
