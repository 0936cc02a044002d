import { connect, type NatsConnection } from 'nats';
import { createLogger } from '../src/logging';
import { deleteNamespaceStreams } from '../src/messaging/nats-bus';
import { LeaseBucket, leasesBucketOf, membersBucketOf, PartitionLeases } from '../src/messaging/nats-partition-leases';
import { eventually, sleep } from './fixtures';

/*
 * Partition leases on a real JetStream (issue 14): two replicas split a consumer's partitions
 * and never hold one at the same time; a replica that loses NATS lets go of its partitions
 * before the other takes them; and a replica doing nothing writes one member entry per tick,
 * never a lease (the per-lease renewals that cost every idle subgraph 30–40 CPU-ms a second);
 * and a process stalled for longer than half the TTL keeps its partitions.
 */

const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const namespace = `t${Math.random().toString(36).slice(2, 8)}`;
const logger = createLogger('lease-test', 'silent');
const TTL_MS = 1000;
const PARTITIONS = 4;

interface Replica {
  nc: NatsConnection;
  bucket: LeaseBucket;
  leases: PartitionLeases;
}

/** When each replica claimed and released each partition, to check that holdings never overlap. */
const log: { replica: string; partition: number; what: 'claim' | 'release'; at: number }[] = [];
const connections: NatsConnection[] = [];

async function startReplica(name: string, consumer = 'orders-saga'): Promise<Replica> {
  const nc = await connect({ servers: url, name: `lease-test-${name}` });
  connections.push(nc);
  const bucket = await LeaseBucket.open(nc.jetstream(), namespace, TTL_MS, 1, logger);
  const note = (what: 'claim' | 'release') => async (partition: number) => {
    log.push({ replica: name, partition, what, at: Date.now() });
  };
  const leases = new PartitionLeases(bucket, consumer, PARTITIONS, { claim: note('claim'), release: note('release') }, logger);
  await leases.start();
  return { nc, bucket, leases };
}

/** For every partition, each claim comes after the previous holder's release. */
function expectNoOverlap(): void {
  for (let partition = 0; partition < PARTITIONS; partition++) {
    let holder: string | null = null;
    for (const entry of log.filter((each) => each.partition === partition)) {
      if (entry.what === 'claim') {
        expect({ partition, holder }).toEqual({ partition, holder: null });
        holder = entry.replica;
      } else {
        expect(entry.replica).toBe(holder);
        holder = null;
      }
    }
  }
}

async function lastSeq(nc: NatsConnection, stream: string): Promise<number> {
  const jsm = await nc.jetstreamManager();
  return (await jsm.streams.info(stream)).state.last_seq;
}

afterAll(async () => {
  await Promise.all(connections.filter((nc) => !nc.isClosed()).map((nc) => nc.close()));
  await deleteNamespaceStreams(url, namespace);
});

it('splits partitions between replicas, writes no lease while idle, and fences a replica that lost NATS before another takes over', async () => {
  const a = await startReplica('a');
  expect(a.leases.holding).toEqual([0, 1, 2, 3]);

  const b = await startReplica('b');
  await eventually(() => a.leases.holding.length === 2 && b.leases.holding.length === 2, 5000);
  expect([...a.leases.holding, ...b.leases.holding].sort()).toEqual([0, 1, 2, 3]);
  expectNoOverlap();

  // Idle: only member entries are written, one per replica per quarter TTL.
  const membersBefore = await lastSeq(a.nc, `KV_${membersBucketOf(namespace)}`);
  const leasesBefore = await lastSeq(a.nc, `KV_${leasesBucketOf(namespace)}`);
  await sleep(2000);
  const memberWrites = (await lastSeq(a.nc, `KV_${membersBucketOf(namespace)}`)) - membersBefore;
  expect((await lastSeq(a.nc, `KV_${leasesBucketOf(namespace)}`)) - leasesBefore).toBe(0);
  expect(memberWrites).toBeGreaterThan(0);
  expect(memberWrites).toBeLessThanOrEqual(2 * (2000 / (TTL_MS / 4)) + 2);

  // A loses NATS without a goodbye: it fences itself, and B takes its partitions once A's
  // member entry is gone from the server.
  const lostAt = Date.now();
  const aHeld = a.leases.holding;
  await a.nc.close();
  await eventually(() => b.leases.holding.length === PARTITIONS, TTL_MS * 3);
  const takenAt = Date.now();
  expect(a.leases.holding).toEqual([]);
  const releasedByA = log.filter((each) => each.replica === 'a' && each.what === 'release' && each.at >= lostAt);
  expect(releasedByA.map((each) => each.partition).sort()).toEqual(aHeld);
  // A let go within half the TTL and a tick; B waited for the server to drop A's member entry.
  for (const release of releasedByA) expect(release.at - lostAt).toBeLessThanOrEqual(TTL_MS / 2 + TTL_MS / 4 + 200);
  expect(takenAt - lostAt).toBeGreaterThanOrEqual(TTL_MS / 2);
  expectNoOverlap();

  // A graceful stop hands over at once, without waiting out the TTL.
  const c = await startReplica('c');
  await eventually(() => b.leases.holding.length === 2 && c.leases.holding.length === 2, 5000);
  const stoppingAt = Date.now();
  await c.leases.stop();
  await eventually(() => b.leases.holding.length === PARTITIONS, TTL_MS);
  expect(Date.now() - stoppingAt).toBeLessThan(TTL_MS);
  expectNoOverlap();

  await b.leases.stop();
  await Promise.all([a.bucket.close(), b.bucket.close(), c.bucket.close()]);
}, 30_000);

it('keeps every partition through a stall of the process longer than half the TTL (its first renewal after it proves the lease never lapsed)', async () => {
  const a = await startReplica('stalled-a', 'orders-live');
  const b = await startReplica('stalled-b', 'orders-live');
  await eventually(() => a.leases.holding.length === 2 && b.leases.holding.length === 2, 5000);
  const before = [a.leases.holding, b.leases.holding];
  await sleep(TTL_MS / 4); // a renewal lands: the stall starts from a fresh member entry

  // A long synchronous task (a schema build, a big JSON.parse): no timer fires, no answer is read.
  const stalledAt = Date.now();
  while (Date.now() - stalledAt < TTL_MS * 0.8) {
    // Busy.
  }
  await sleep(TTL_MS * 2);
  try {
    expect([a.leases.holding, b.leases.holding]).toEqual(before);
    expect(log.filter((each) => each.replica.startsWith('stalled') && each.at >= stalledAt)).toEqual([]);
  } finally {
    await Promise.all([a.leases.stop(), b.leases.stop()]);
    await Promise.all([a.bucket.close(), b.bucket.close()]);
  }
}, 30_000);
