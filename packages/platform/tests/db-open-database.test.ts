import { Column, Entity, PrimaryColumn, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { dropDatabase } from '../src/db/postgres-server';
import { createLogger } from '../src/logging';
import { messagingMigrations } from '../src/messaging/messaging-schema';

/** The platform's messaging migrations run first, in their order, in every subgraph database. */
const MESSAGING_MIGRATIONS = messagingMigrations.map((migration) => migration.name);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const namespace = `test_${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('db-test', 'silent');

@Entity({ name: 'notes' })
class Note {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  body!: string;
}

class CreateNotes1750000000000 implements MigrationInterface {
  name = 'CreateNotes1750000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE "notes" ("id" uuid PRIMARY KEY, "body" text NOT NULL)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "notes"');
  }
}

const open = (name: string): Promise<DataSource> =>
  openDatabase({ name, namespace, serverUrl, entities: [Note], migrations: [CreateNotes1750000000000], logger });

const leftovers: DataSource[] = [];
afterAll(async () => {
  await Promise.all(leftovers.map((ds) => ds.destroy()));
  await Promise.all(['notes', 'race'].map((name) => dropDatabase(serverUrl, `${namespace}_${name}`)));
});

const tablesOf = async (ds: DataSource): Promise<string[]> =>
  (await ds.query<Array<{ tablename: string }>>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).map(
    (row) => row.tablename,
  );

describe('openDatabase on a PostgreSQL server', () => {
  it('creates the database and runs the messaging migration before the subgraph one', async () => {
    const ds = await open('notes');
    leftovers.push(ds);
    const [current] = await ds.query<Array<{ db: string }>>('SELECT current_database() AS db');
    expect(current.db).toBe(`${namespace}_notes`);
    expect(await tablesOf(ds)).toEqual(['dead_letters', 'inbox', 'migrations', 'notes', 'outbox']);
    const applied = await ds.query<Array<{ name: string }>>('SELECT name FROM migrations ORDER BY id');
    expect(MESSAGING_MIGRATIONS.slice(0, 2)).toEqual(['CreateMessagingTables1000000000000', 'AddMessagingPruneIndexes1000000000001']);
    expect(applied.map((row) => row.name)).toEqual([...MESSAGING_MIGRATIONS, 'CreateNotes1750000000000']);
  });

  it('opens an existing database again without re-running migrations or losing data', async () => {
    const first = await open('notes');
    await first.getRepository(Note).insert({ id: '01890000-0000-7000-8000-000000000001', body: 'kept' });
    await first.destroy();

    const second = await open('notes');
    leftovers.push(second);
    expect(await second.getRepository(Note).findOneBy({ id: '01890000-0000-7000-8000-000000000001' })).toMatchObject({ body: 'kept' });
    const applied = await second.query<Array<{ n: string }>>('SELECT count(*) AS n FROM migrations');
    expect(applied[0].n).toBe(String(MESSAGING_MIGRATIONS.length + 1));
  });

  it('lets replicas that start together create and migrate the same database', async () => {
    const replicas = await Promise.all([open('race'), open('race'), open('race')]);
    leftovers.push(...replicas);
    const applied = await replicas[0].query<Array<{ n: string }>>('SELECT count(*) AS n FROM migrations');
    expect(applied[0].n).toBe(String(MESSAGING_MIGRATIONS.length + 1));
  });
});

describe('dropDatabase', () => {
  it('refuses a database whose name does not contain "test"', async () => {
    await expect(dropDatabase(serverUrl, 'foodgraph_orders')).rejects.toThrow(/refusing to drop/);
  });
});
