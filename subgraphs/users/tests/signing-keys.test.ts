import { openSubgraphTestBed, type SubgraphTestBed } from '@foodgraph/testing';
import { usersEntities, usersMigrations } from '../src';
import { StoredSigningKeys } from '../src/auth/signing-keys';

/*
 * The signing keys as every replica keeps them, in the users database (issue 17, item 7): one
 * signing key and one next key published ahead; a rotation promotes the next key, retires the
 * signing key and drops it once its longest-lived token has expired; replicas follow a rotation
 * on their next reload; concurrent scheduled rotations rotate once.
 */

const LIFETIME_MS = 60_000;
const T0 = new Date('2026-03-01T12:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

let bed: SubgraphTestBed;

beforeAll(async () => {
  bed = await openSubgraphTestBed({ name: 'users', entities: usersEntities, migrations: usersMigrations });
});
// One database for the file (creating one per test costs seconds); each test starts keyless.
beforeEach(() => bed.dataSource.query(`DELETE FROM signing_keys`));
afterAll(() => bed?.close());

it('creates one signing key and one next key, the same for replicas starting together', async () => {
  const [a, b] = await Promise.all([
    StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0),
    StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0),
  ]);
  expect(a.kid).toBe(b.kid);
  expect(a.published.map((k) => k.kid)).toEqual(b.published.map((k) => k.kid));
  expect(a.published).toHaveLength(2);
  expect(a.published[0].kid).toBe(a.kid);
});

it('promotes the published next key, keeps the retired key published for a token lifetime, then drops it', async () => {
  const keys = await StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0);
  const first = keys.kid;
  const next = keys.published[1].kid;

  const rotated = await keys.rotate(at(1_000));
  expect(rotated).toMatchObject({ kid: next, previousKid: first });
  expect(keys.kid).toBe(next);
  expect(keys.published.map((k) => k.kid)).toContain(first);
  expect(keys.published).toHaveLength(3);

  // Within the lifetime the retired key still verifies tokens it signed; past it, it is gone.
  await keys.reload(at(1_000 + LIFETIME_MS - 1));
  expect(keys.published.map((k) => k.kid)).toContain(first);
  await keys.reload(at(1_000 + LIFETIME_MS + 1));
  expect(keys.published.map((k) => k.kid)).not.toContain(first);
  await keys.rotate(at(2_000 + LIFETIME_MS));
  const [{ n }] = await bed.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM signing_keys WHERE kid = $1`, [first]);
  expect(n).toBe(0);
});

it('lets another replica sign with the new key once it reloads', async () => {
  const a = await StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0);
  const b = await StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0);
  const rotated = await a.rotate(at(1_000));
  expect(b.kid).not.toBe(rotated!.kid);
  await b.reload(at(1_500));
  expect(b.kid).toBe(rotated!.kid);
  expect(b.published.map((k) => k.kid)).toEqual(a.published.map((k) => k.kid));
});

it('rotates once when replicas run the schedule at the same moment', async () => {
  const a = await StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0);
  const b = await StoredSigningKeys.open(bed.dataSource, LIFETIME_MS, T0);
  const now = at(10 * LIFETIME_MS);
  const due = at(9 * LIFETIME_MS);
  const outcomes = await Promise.all([a.rotate(now, due), b.rotate(now, due)]);
  expect(outcomes.filter(Boolean)).toHaveLength(1);
  const [{ n }] = await bed.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM signing_keys WHERE retired_at IS NOT NULL`);
  expect(n).toBe(1);
  // Not due yet: nothing happens.
  expect(await a.rotate(at(10 * LIFETIME_MS + 1), due)).toBeUndefined();
});
