import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { dropDatabase } from '../src/db/postgres-server';
import { createLogger } from '../src/logging';
import { recordDeadLetter } from '../src/messaging/dead-letters';

/*
 * A dead letter of a subgraph's consumer is announced (`platform.dead_letter.recorded`, for the
 * admins' notifications) through the outbox in the transaction that stores it; a dead letter
 * of such an announcement is not, so a failing announcement consumer cannot feed on itself.
 */

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const namespace = `test_${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('dead-letter-test', 'silent');
let ds: DataSource;

beforeAll(async () => {
  ds = await openDatabase({ name: 'announce', namespace, serverUrl, entities: [], migrations: [], logger });
});
afterAll(async () => {
  await ds?.destroy();
  await dropDatabase(serverUrl, `${namespace}_announce`);
});

const outbox = () =>
  ds.query<Array<{ type: string; payload: { producer: string; data: Record<string, unknown> } }>>(
    'SELECT type, payload FROM outbox ORDER BY id',
  );
const payload = (type: string) => ({ id: '0190a000-0000-7000-8000-00000000000a', type, data: {} });

it("announces a subgraph's dead letter with its public id, once stored", async () => {
  const row = await recordDeadLetter(ds, logger, {
    consumer: 'orders-saga',
    subgraph: 'orders',
    payload: payload('menu.stock.reserved'),
    reason: 'boom',
    attempts: 5,
  });
  expect(await outbox()).toEqual([
    {
      type: 'platform.dead_letter.recorded',
      payload: expect.objectContaining({
        producer: 'orders',
        data: expect.objectContaining({
          deadLetterId: `orders:${row.id}`,
          subgraph: 'orders',
          consumer: 'orders-saga',
          eventType: 'menu.stock.reserved',
          eventId: '0190a000-0000-7000-8000-00000000000a',
          reason: 'boom',
          attempts: 5,
        }),
      }),
    },
  ]);
});

it('announces neither a dead letter without its subgraph nor one of an announcement', async () => {
  const before = (await outbox()).length;
  await recordDeadLetter(ds, logger, { consumer: 'pager', payload: payload('menu.item.changed'), reason: 'x', attempts: 1 });
  await recordDeadLetter(ds, logger, {
    consumer: 'notifications-inbox',
    subgraph: 'notifications',
    payload: payload('platform.dead_letter.recorded'),
    reason: 'x',
    attempts: 5,
  });
  expect(await outbox()).toHaveLength(before);
  expect(await ds.query('SELECT consumer FROM dead_letters ORDER BY id')).toHaveLength(3);
});
