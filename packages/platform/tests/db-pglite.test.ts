import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Column, Entity, PrimaryColumn, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { openDatabase } from '../src/db/open-database';
import { createPgliteDriver } from '../src/db/pglite-driver';
import { uuidv7 } from '../src/ids';
import { createLogger } from '../src/logging';

const logger = createLogger('db-test', 'silent');

@Entity({ name: 'parcels' })
class Parcel {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'bigint' })
  grams!: string;

  @Column({ type: 'jsonb' })
  tags!: string[];

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;
}

class CreateParcels1750000000000 implements MigrationInterface {
  name = 'CreateParcels1750000000000';
  async up(runner: QueryRunner): Promise<void> {
    // Two statements in one call, as hand-written migrations often do.
    await runner.query(`
      CREATE TABLE "parcels" ("id" uuid PRIMARY KEY, "label" text NOT NULL, "grams" bigint NOT NULL,
        "tags" jsonb NOT NULL, "sent_at" timestamptz NOT NULL, "due_on" date NOT NULL);
      CREATE INDEX "parcels_label_idx" ON "parcels" ("label");`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE "parcels"');
  }
}

const open = (dataDir: string | null = null): Promise<DataSource> =>
  openDatabase({
    name: 'parcels',
    namespace: 'test_pglite',
    dataDir,
    entities: [Parcel],
    migrations: [CreateParcels1750000000000],
    logger,
  });

const parcel = (label: string): Parcel =>
  Object.assign(new Parcel(), {
    id: uuidv7(),
    label,
    grams: '9007199254740993',
    tags: ['fragile'],
    sentAt: new Date('2025-03-01T10:00:00Z'),
    dueOn: '2025-03-04',
  });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('openDatabase on embedded PGlite', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = await open();
  });
  afterAll(async () => {
    await ds.destroy();
  });

  it('runs the messaging and subgraph migrations in memory', async () => {
    const tables = await ds.query<Array<{ tablename: string }>>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(tables.map((row) => row.tablename)).toEqual(['dead_letters', 'inbox', 'migrations', 'outbox', 'parcels']);
  });

  it('reads back values with the same JS types as node-postgres', async () => {
    const saved = parcel('types');
    await ds.getRepository(Parcel).insert(saved);
    const loaded = await ds.getRepository(Parcel).findOneByOrFail({ id: saved.id });
    expect(loaded).toEqual({ ...saved });
    expect(loaded.sentAt).toBeInstanceOf(Date);
    const [count] = await ds.query<Array<{ n: unknown }>>('SELECT count(*) AS n FROM parcels WHERE label = $1', ['types']);
    expect(count.n).toBe('1');
  });

  it('supports parameters, RETURNING and affected-row counts', async () => {
    const saved = parcel('counted');
    const returned = await ds.query<Array<{ id: string }>>(
      'INSERT INTO parcels (id, label, grams, tags, sent_at, due_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [saved.id, saved.label, saved.grams, JSON.stringify(saved.tags), saved.sentAt, saved.dueOn],
    );
    expect(returned).toEqual([{ id: saved.id }]);
    const updated = await ds.getRepository(Parcel).update({ label: 'counted' }, { label: 'recounted' });
    expect(updated.affected).toBe(1);
    const [rows, affected] = await ds.query<[unknown[], number]>('DELETE FROM parcels WHERE label = $1', ['recounted']);
    expect(rows).toEqual([]);
    expect(affected).toBe(1);
  });

  it('never interleaves two concurrent transactions: a rollback leaves the other one intact', async () => {
    const kept = parcel('kept');
    const doomed = parcel('doomed');
    const failing = ds.transaction(async (manager) => {
      await manager.insert(Parcel, doomed);
      // While this transaction is open the other one starts; on a shared session its insert
      // would land inside this transaction and vanish with the rollback below.
      await sleep(50);
      throw new Error('changed my mind');
    });
    const succeeding = ds.transaction(async (manager) => {
      await manager.insert(Parcel, kept);
    });
    await expect(failing).rejects.toThrow('changed my mind');
    await succeeding;
    const labels = (await ds.getRepository(Parcel).findBy([{ id: kept.id }, { id: doomed.id }])).map((p) => p.label);
    expect(labels).toEqual(['kept']);
  });

  it('keeps data in its data directory across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pglite-test-'));
    try {
      const first = await open(dir);
      const saved = parcel('durable');
      await first.getRepository(Parcel).insert(saved);
      await first.destroy();
      const second = await open(dir);
      expect(await second.getRepository(Parcel).findOneBy({ id: saved.id })).toMatchObject({ label: 'durable' });
      await second.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the PGlite pool', () => {
  it('fails a connection request that waits too long for the only session', async () => {
    const driver = await createPgliteDriver({ dataDir: null, acquireTimeoutMs: 100 });
    const pool = new driver.Pool();
    try {
      const holder = await pool.connect();
      // What a transaction asking the DataSource (not its manager) for a query would do.
      await expect(pool.connect()).rejects.toThrow(/waiting for the PGlite connection/);
      holder.release();
      expect(await pool.query('SELECT 1 AS one')).toMatchObject({ rows: [{ one: 1 }], rowCount: 1 });
    } finally {
      await pool.end();
    }
  });

  it('offers the uuid-ossp extension, as TypeORM expects for generated uuid columns', async () => {
    const driver = await createPgliteDriver({ dataDir: null });
    const pool = new driver.Pool();
    try {
      await pool.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
      const result = await pool.query('SELECT uuid_generate_v4()::text AS id');
      expect(result).toMatchObject({ command: 'SELECT', rows: [{ id: expect.stringMatching(/^[0-9a-f-]{36}$/) }] });
    } finally {
      await pool.end();
    }
  });

  it('rolls back a transaction its client left open before lending the session again', async () => {
    const driver = await createPgliteDriver({ dataDir: null });
    const pool = new driver.Pool();
    try {
      await pool.query('CREATE TABLE t (n int)');
      const careless = await pool.connect();
      await careless.query('BEGIN');
      await careless.query('INSERT INTO t VALUES (1)');
      careless.release();
      const next = await pool.connect();
      expect(await next.query('SELECT count(*)::int AS n FROM t')).toMatchObject({ rows: [{ n: 0 }] });
      next.release();
    } finally {
      await pool.end();
    }
  });
});
