import { hostname } from 'node:os';
import { StorageType, type JetStreamClient, type KV, type KvEntry } from 'nats';
import type { Logger } from '../logging';

/**
 * The leases that give each partition of a consumer to exactly one live replica, in two
 * JetStream key-value buckets of the namespace (see nats-bus.ts):
 * - members (`<namespace>_members`, entries expire after the lease TTL): `<replica>` → the
 *   consumers that replica runs; one entry per process, renewed every quarter of the TTL by
 *   one loop for all its consumers;
 * - leases (`<namespace>_partitions`, no expiry): `<consumer>.p<N>` → the replica holding
 *   partition N. Nobody renews them: a lease is good as long as its holder's member entry
 *   lives. Taking one is a compare-and-set on its revision, done only when it is free or its
 *   holder's member entry is gone from the server.
 *
 * Why not one expiring entry per lease, renewed by its holder: that is one write per
 * partition of every consumer every tick — with 11 consumers × 4 partitions a replica wrote
 * ~90 times a second doing nothing, and every subgraph spent 30–40 CPU-ms a second on it.
 * Tying leases to one member entry makes idle cost one write per process per tick.
 *
 * Safety: a holder stops consuming (fences itself) when its member entry has not been renewed
 * for half the TTL because NATS does not answer, well before the server drops the entry (a
 * full TTL after the last renewal), so by the time another replica may take a lease its
 * holder has let go. A renewal is a compare-and-set on the entry's last revision: when it
 * succeeds the entry never lapsed, so nobody can have taken a lease meanwhile. A process
 * that was merely stalled (a long synchronous task, a GC pause) therefore learns from its
 * first renewal after the stall whether it still holds its partitions, instead of letting
 * every one go and taking them back (which made every consumer of a busy process change hands).
 *
 * Each replica wants partitions `N` where `N mod members = its rank` among the live members of
 * that consumer, sorted; it gives up a partition it holds but no longer wants (after draining
 * it), and takes a wanted one as soon as it is free.
 */
export class LeaseBucket {
  /** Live members as seen through the watch: replica → its consumers and when last renewed. */
  private readonly seen = new Map<string, { consumers: ReadonlySet<string>; renewedAt: number }>();
  private readonly loops = new Set<PartitionLeases>();
  private readonly stops: (() => void)[] = [];
  private watching: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private renewal: Promise<void> = Promise.resolve();
  private renewing = false;
  /** When the last member write that succeeded was sent; leases are only trusted near it. */
  private renewedAt = 0;
  /**
   * Ticks the running renewal has been unanswered for. Counted in ticks, not milliseconds: a
   * process that was stalled has run no tick meanwhile, and reads the answer waiting for it
   * before its next one.
   */
  private unansweredTicks = 0;
  /** The revision of this replica's member entry as last written; 0 when there is none. */
  private revision = 0;
  private fenced = false;
  private closed = false;

  private constructor(
    private readonly members: KV,
    readonly leases: KV,
    readonly ttlMs: number,
    readonly replicaId: string,
    private readonly logger: Logger,
  ) {}

  static async open(js: JetStreamClient, namespace: string, ttlMs: number, replicas: number, logger: Logger): Promise<LeaseBucket> {
    // In memory: both are worth nothing after a server restart (every holder re-claims within a
    // TTL), and member renewals several times a second need not hit the disk.
    const storage = StorageType.Memory;
    const members = await js.views.kv(membersBucketOf(namespace), { history: 1, ttl: ttlMs, replicas, storage });
    const leases = await js.views.kv(leasesBucketOf(namespace), { history: 1, replicas, storage });
    const replicaId = `${hostname().replace(/[^A-Za-z0-9_-]/g, '_')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    return new LeaseBucket(members, leases, ttlMs, replicaId, logger);
  }

  /** Adds a consumer's lease loop: this replica announces it and claims what is free before resolving. */
  async join(loop: PartitionLeases): Promise<void> {
    this.loops.add(loop);
    await this.watch();
    await this.renew();
    this.schedule();
  }

  /** Removes a consumer's lease loop (its partitions handed over already) and tells the others at once. */
  async leave(loop: PartitionLeases): Promise<void> {
    this.loops.delete(loop);
    if (!this.closed) await this.renew();
  }

  /** Whether this replica may trust the leases it holds right now. */
  get live(): boolean {
    return !this.fenced && !this.closed;
  }

  /** Replicas running `consumer` whose member entry was renewed within the TTL, sorted. */
  membersOf(consumer: string): string[] {
    const now = Date.now();
    return [...this.seen.entries()]
      .filter(([, member]) => member.consumers.has(consumer) && now - member.renewedAt < this.ttlMs)
      .map(([replica]) => replica)
      .sort();
  }

  /** Whether `replica`'s member entry is still on the server (its leases are then its own). */
  async isMember(replica: string): Promise<boolean> {
    const entry = await this.members.get(replica);
    return entry !== null && entry.operation === 'PUT';
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.renewal;
    for (const stop of this.stops) stop();
    await this.members.delete(this.replicaId).catch(() => undefined);
  }

  private schedule(): void {
    if (this.timer || this.closed) return;
    // Every quarter of the TTL, whether or not the last write has come back: a write that
    // hangs must not keep this replica from noticing that it has to let go.
    this.timer = setInterval(() => this.tick(), Math.max(Math.floor(this.ttlMs / 4), 50));
  }

  private tick(): void {
    if (this.closed) return;
    if (this.renewing) this.unansweredTicks += 1;
    else {
      this.renewing = true;
      this.unansweredTicks = 0;
      this.renewal = this.renew().finally(() => (this.renewing = false));
    }
    this.checkFence();
    // A fenced replica lets go even while a rebalance or the renewal is still running.
    if (this.fenced) for (const loop of this.loops) loop.rebalanceSoon();
  }

  /**
   * Lets go of every lease once the member entry has not been renewed for half the TTL and
   * NATS is the reason — the last renewal failed, or has gone unanswered for two ticks (half
   * the TTL): the server keeps the entry a full TTL after the last write, so this replica has
   * stopped before anyone else may take its partitions. After the process itself was stalled,
   * the renewal gets its answer first (see the class comment).
   */
  private checkFence(lastAttemptFailed = false): void {
    if (this.fenced || Date.now() - this.renewedAt <= this.ttlMs / 2) return;
    if (!lastAttemptFailed && (!this.renewing || this.unansweredTicks < 2)) return;
    this.fenced = true;
    this.logger.error('consumer membership not renewed for half the lease TTL; letting every partition go');
  }

  /** Writes this replica's member entry, then lets every consumer's loop rebalance. */
  private async renew(): Promise<void> {
    const sentAt = Date.now();
    let failed = false;
    try {
      const consumers = [...this.loops].map((loop) => loop.consumer).sort();
      if (consumers.length > 0) await this.writeMember(JSON.stringify(consumers));
      else {
        await this.members.delete(this.replicaId);
        this.revision = 0;
      }
      this.renewedAt = sentAt;
      if (this.fenced) this.logger.info('consumer membership renewed again; taking partitions back');
      this.fenced = false;
    } catch (error) {
      failed = true;
      this.logger.warn({ err: error }, 'could not renew this replica’s consumer membership');
    }
    this.checkFence(failed);
    for (const loop of this.loops) loop.rebalanceSoon();
  }

  /**
   * Renews the member entry in place (compare-and-set on the revision last written). When the
   * server says the entry is not the one written last, it lapsed — this replica was silent for
   * a TTL — and is written anew: the leases that still name this replica are its own again,
   * and one another replica took meanwhile is let go when the lease watch reports it.
   */
  private async writeMember(value: string): Promise<void> {
    if (this.revision > 0) {
      try {
        this.revision = await this.members.update(this.replicaId, value, this.revision);
        return;
      } catch (error) {
        if (!isWrongLastSequence(error)) throw error;
        this.logger.warn('consumer membership lapsed (this process was silent for the lease TTL); announcing it again');
      }
    }
    this.revision = await this.members.create(this.replicaId, value);
  }

  private watch(): Promise<void> {
    this.watching ??= (async () => {
      await this.watchBucket(this.members, (entry) => this.noteMember(entry));
      await this.watchBucket(this.leases, (entry) => {
        for (const loop of this.loops) loop.noteLease(entry);
      });
    })();
    return this.watching;
  }

  private async watchBucket(kv: KV, note: (entry: KvEntry) => void): Promise<void> {
    let initialized!: () => void;
    const ready = new Promise<void>((resolve) => (initialized = resolve));
    const iterator = await kv.watch({ initializedFn: () => initialized() });
    this.stops.push(() => iterator.stop());
    void (async () => {
      for await (const entry of iterator) note(entry);
    })().catch((error: unknown) => this.logger.warn({ err: error }, 'lease bucket watch ended'));
    await ready;
  }

  private noteMember(entry: KvEntry): void {
    if (entry.operation !== 'PUT') {
      this.seen.delete(entry.key);
      return;
    }
    let consumers: string[] = [];
    try {
      consumers = JSON.parse(entry.string()) as string[];
    } catch {
      return; // Not ours.
    }
    // The server's write time, so an entry of a replica killed a moment ago counts from when it
    // was written, not from when a replica starting now first sees it; never later than now,
    // should the server's clock run ahead of this one.
    const renewedAt = Math.min(entry.created.getTime(), Date.now());
    this.seen.set(entry.key, { consumers: new Set(consumers), renewedAt });
  }
}

export interface PartitionLeaseHooks {
  /** Starts consuming the partition (the lease is held). */
  claim(partition: number): Promise<void>;
  /** Stops consuming it and waits for its running handlers (the lease is about to go). */
  release(partition: number): Promise<void>;
}

/**
 * The partitions of one consumer on one replica; see {@link LeaseBucket}. The bucket's loop
 * asks it to rebalance after every member renewal; a rebalance still running (claims and
 * hand-overs start and drain consumers, which may take long) is not started again.
 */
export class PartitionLeases {
  private readonly held = new Map<number, { revision: number }>();
  /** Partitions being claimed or handed over right now. */
  private readonly moving = new Set<number>();
  private rebalancing: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly bucket: LeaseBucket,
    readonly consumer: string,
    private readonly partitions: number,
    private readonly hooks: PartitionLeaseHooks,
    private readonly logger: Logger,
  ) {}

  /** Joins and claims what is free before resolving, so a lone replica starts consuming at once. */
  async start(): Promise<void> {
    await this.bucket.join(this);
    await this.rebalancing;
  }

  /** Partitions this replica holds now. */
  get holding(): number[] {
    return [...this.held.keys()].sort((a, b) => a - b);
  }

  /** Drains every partition held and hands the leases over, so others take them at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.rebalancing;
    await Promise.all(this.holding.map((partition) => this.move(partition, () => this.giveUp(partition, true))));
    await this.bucket.leave(this);
  }

  rebalanceSoon(): void {
    if (this.rebalancing || this.stopped) return;
    this.rebalancing = this.rebalance().finally(() => (this.rebalancing = null));
  }

  /** A lease entry changed on the server: one of ours taken or removed by someone else means let go. */
  noteLease(entry: KvEntry): void {
    const partition = this.partitionOf(entry.key);
    if (partition === null) return;
    const lease = this.held.get(partition);
    if (!lease || entry.revision <= lease.revision || this.moving.has(partition)) return;
    if (entry.operation === 'PUT' && entry.string() === this.bucket.replicaId) return;
    this.logger.warn({ consumer: this.consumer, partition }, 'partition lease taken over by another replica; stopping it');
    void this.move(partition, () => this.giveUp(partition, false));
  }

  private async rebalance(): Promise<void> {
    try {
      if (!this.bucket.live) {
        await Promise.all(this.holding.map((partition) => this.move(partition, () => this.giveUp(partition, false))));
        return;
      }
      const members = this.bucket.membersOf(this.consumer);
      if (!members.includes(this.bucket.replicaId)) members.push(this.bucket.replicaId);
      members.sort();
      const rank = members.indexOf(this.bucket.replicaId);
      const work: Promise<void>[] = [];
      for (let partition = 0; partition < this.partitions && !this.stopped; partition++) {
        if (this.moving.has(partition)) continue;
        const wanted = partition % members.length === rank;
        if (this.held.has(partition) && !wanted) work.push(this.move(partition, () => this.giveUp(partition, true)));
        else if (!this.held.has(partition) && wanted) work.push(this.move(partition, () => this.take(partition)));
      }
      await Promise.all(work);
    } catch (error) {
      this.logger.warn({ err: error, consumer: this.consumer }, 'partition lease round failed; retrying');
    }
  }

  private async move(partition: number, work: () => Promise<void>): Promise<void> {
    this.moving.add(partition);
    try {
      await work();
    } finally {
      this.moving.delete(partition);
    }
  }

  private async take(partition: number): Promise<void> {
    const revision = await this.acquire(partition);
    if (revision === null || this.stopped || !this.bucket.live) {
      if (revision !== null) await this.bucket.leases.delete(this.leaseKey(partition), { previousSeq: revision }).catch(() => undefined);
      return;
    }
    this.held.set(partition, { revision });
    try {
      await this.hooks.claim(partition);
    } catch (error) {
      this.logger.warn({ err: error, consumer: this.consumer, partition }, 'could not start a claimed partition; handing it back');
      this.held.delete(partition);
      await this.bucket.leases.delete(this.leaseKey(partition), { previousSeq: revision }).catch(() => undefined);
    }
  }

  /** The lease's new revision once this replica holds it, or null while someone alive does. */
  private async acquire(partition: number): Promise<number | null> {
    const key = this.leaseKey(partition);
    const entry = await this.bucket.leases.get(key);
    try {
      if (!entry || entry.operation !== 'PUT') return await this.bucket.leases.create(key, this.bucket.replicaId);
      const holder = entry.string();
      // Its own after a fence: nobody took it meanwhile.
      if (holder !== this.bucket.replicaId && (await this.bucket.isMember(holder))) return null;
      return await this.bucket.leases.update(key, this.bucket.replicaId, entry.revision);
    } catch {
      return null; // Someone else was quicker; the next round looks again.
    }
  }

  private async giveUp(partition: number, handOver: boolean): Promise<void> {
    const lease = this.held.get(partition);
    if (!lease) return;
    await this.hooks.release(partition);
    this.held.delete(partition);
    // Only delete our own lease: the revision check fails if someone took it meanwhile.
    if (handOver) await this.bucket.leases.delete(this.leaseKey(partition), { previousSeq: lease.revision }).catch(() => undefined);
  }

  private leaseKey(partition: number): string {
    return `${this.consumer}.p${partition}`;
  }

  private partitionOf(key: string): number | null {
    const prefix = `${this.consumer}.p`;
    if (!key.startsWith(prefix)) return null;
    const partition = Number(key.slice(prefix.length));
    return Number.isInteger(partition) ? partition : null;
  }
}

/** JetStream's answer to a compare-and-set whose expected revision is not the key's last. */
function isWrongLastSequence(error: unknown): boolean {
  return (error as { api_error?: { err_code?: number } } | null)?.api_error?.err_code === 10071;
}

/** The bucket of a namespace's consumer members (its stream is `KV_<bucket>`). */
export function membersBucketOf(namespace: string): string {
  return `${namespace}_members`;
}

/** The bucket of a namespace's partition leases (its stream is `KV_<bucket>`). */
export function leasesBucketOf(namespace: string): string {
  return `${namespace}_partitions`;
}
