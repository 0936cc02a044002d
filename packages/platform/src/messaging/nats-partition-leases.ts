import { hostname } from 'node:os';
import { StorageType, type JetStreamClient, type KV } from 'nats';
import type { Logger } from '../logging';

/**
 * The leases that give each partition of a consumer to exactly one live replica, kept in a
 * JetStream key-value bucket of the namespace (`<namespace>_leases`, see nats-bus.ts) whose
 * entries expire after the lease TTL unless renewed:
 * - `m.<consumer>.<replica>`: the replica runs that consumer (renewed every tick);
 * - `l.<consumer>.p<N>`: the replica holding partition N (created only if absent, renewed by
 *   compare-and-set on its revision, deleted when handed over).
 * Each replica wants partitions `N` where `N mod members = its rank` among the live members,
 * sorted; it gives up a partition it holds but no longer wants (after draining it), and takes
 * a wanted one as soon as it is free. A killed replica's leases lapse after the TTL.
 */
export class LeaseBucket {
  private readonly seen = new Map<string, Map<string, number>>();
  private watching: Promise<void> | null = null;
  private stopWatch: (() => void) | null = null;

  private constructor(
    readonly kv: KV,
    readonly ttlMs: number,
    readonly replicaId: string,
    private readonly logger: Logger,
  ) {}

  static async open(js: JetStreamClient, bucket: string, ttlMs: number, replicas: number, logger: Logger): Promise<LeaseBucket> {
    // In memory: leases are worth nothing after a server restart (every holder re-claims within a
    // TTL), and renewals several times a second need not hit the disk.
    const kv = await js.views.kv(bucket, { history: 1, ttl: ttlMs, replicas, storage: StorageType.Memory });
    const replicaId = `${hostname().replace(/[^A-Za-z0-9_-]/g, '_')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    return new LeaseBucket(kv, ttlMs, replicaId, logger);
  }

  /** Replicas of `consumer` seen renewing their membership within the TTL, sorted. */
  async members(consumer: string): Promise<string[]> {
    await this.watch();
    const now = Date.now();
    const byReplica = this.seen.get(consumer) ?? new Map<string, number>();
    return [...byReplica.entries()]
      .filter(([, at]) => now - at < this.ttlMs)
      .map(([replica]) => replica)
      .sort();
  }

  /** Forgets a member at once (its own key was deleted on a graceful stop). */
  private note(key: string, alive: boolean): void {
    const [, consumer, replica] = key.split('.');
    if (!consumer || !replica) return;
    const byReplica = this.seen.get(consumer) ?? new Map<string, number>();
    // Local receive time: the server's timestamps could be skewed against this clock.
    if (alive) byReplica.set(replica, Date.now());
    else byReplica.delete(replica);
    this.seen.set(consumer, byReplica);
  }

  private watch(): Promise<void> {
    this.watching ??= (async () => {
      let initialized!: () => void;
      const ready = new Promise<void>((resolve) => (initialized = resolve));
      const iterator = await this.kv.watch({ key: 'm.>', initializedFn: () => initialized() });
      this.stopWatch = () => iterator.stop();
      void (async () => {
        for await (const entry of iterator) this.note(entry.key, entry.operation === 'PUT');
      })().catch((error: unknown) => this.logger.warn({ err: error }, 'consumer membership watch ended'));
      await ready;
    })();
    return this.watching;
  }

  close(): void {
    this.stopWatch?.();
  }
}

export interface PartitionLeaseHooks {
  /** Starts consuming the partition (the lease is held). */
  claim(partition: number): Promise<void>;
  /** Stops consuming it and waits for its running handlers (the lease is about to go). */
  release(partition: number): Promise<void>;
}

/**
 * The lease loop of one consumer on one replica; see {@link LeaseBucket}. Every tick renews the
 * held leases first, all at once, and only then rebalances (claims and hand-overs start and
 * drain consumers, which may take long); a rebalance still running is not started again, so a
 * slow one never delays the renewals that keep the leases alive.
 */
export class PartitionLeases {
  private readonly held = new Map<number, { revision: number; renewedAt: number }>();
  /** Partitions being claimed or handed over right now. */
  private readonly moving = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private tick: Promise<void> = Promise.resolve();
  private rebalancing: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly bucket: LeaseBucket,
    private readonly consumer: string,
    private readonly partitions: number,
    private readonly hooks: PartitionLeaseHooks,
    private readonly logger: Logger,
  ) {}

  /** Joins and claims what is free before resolving, so a lone replica starts consuming at once. */
  async start(): Promise<void> {
    await this.runTick();
    await this.rebalancing;
    this.schedule();
  }

  /** Partitions this replica holds now. */
  get holding(): number[] {
    return [...this.held.keys()].sort((a, b) => a - b);
  }

  /** Drains every partition held and hands the leases over, so others take them at once. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.tick;
    await this.rebalancing;
    await Promise.all(this.holding.map((partition) => this.giveUp(partition, true)));
    await this.bucket.kv.delete(this.memberKey()).catch(() => undefined);
  }

  private schedule(): void {
    if (this.stopped) return;
    // A quarter of the TTL: a renewal may fail or come late twice before the lease lapses.
    this.timer = setTimeout(
      () => {
        this.tick = this.runTick().finally(() => this.schedule());
      },
      Math.max(Math.floor(this.bucket.ttlMs / 4), 50),
    );
  }

  private async runTick(): Promise<void> {
    const settled = [...this.held.keys()].filter((partition) => !this.moving.has(partition));
    await Promise.all(settled.map((partition) => this.renew(partition)));
    if (!this.rebalancing && !this.stopped) {
      this.rebalancing = this.rebalance().finally(() => (this.rebalancing = null));
    }
  }

  private async rebalance(): Promise<void> {
    try {
      await this.bucket.kv.put(this.memberKey(), '1');
      const members = await this.bucket.members(this.consumer);
      if (!members.includes(this.bucket.replicaId)) members.push(this.bucket.replicaId);
      members.sort();
      const rank = members.indexOf(this.bucket.replicaId);
      const work: Promise<void>[] = [];
      for (let partition = 0; partition < this.partitions && !this.stopped; partition++) {
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
    let revision: number;
    try {
      revision = await this.bucket.kv.create(this.leaseKey(partition), this.bucket.replicaId);
    } catch {
      return; // Held by another replica, which gives it up once it sees us (or lapses).
    }
    this.held.set(partition, { revision, renewedAt: Date.now() });
    try {
      await this.hooks.claim(partition);
    } catch (error) {
      this.logger.warn({ err: error, consumer: this.consumer, partition }, 'could not start a claimed partition; handing it back');
      this.held.delete(partition);
      await this.bucket.kv.delete(this.leaseKey(partition)).catch(() => undefined);
    }
  }

  private async renew(partition: number): Promise<void> {
    const lease = this.held.get(partition);
    if (!lease) return;
    try {
      lease.revision = await this.bucket.kv.update(this.leaseKey(partition), this.bucket.replicaId, lease.revision);
      lease.renewedAt = Date.now();
      return;
    } catch {
      // Lapsed (this process was too slow to renew in time) — fine if nobody took it since:
      // nobody else can have consumed the partition then.
    }
    try {
      lease.revision = await this.bucket.kv.create(this.leaseKey(partition), this.bucket.replicaId);
      lease.renewedAt = Date.now();
    } catch (error) {
      this.logger.warn({ err: error, consumer: this.consumer, partition }, 'partition lease lost to another replica; stopping it');
      await this.move(partition, () => this.giveUp(partition, false));
    }
  }

  private async giveUp(partition: number, handOver: boolean): Promise<void> {
    const lease = this.held.get(partition);
    if (!lease) return;
    await this.hooks.release(partition);
    this.held.delete(partition);
    // Only delete our own lease: the revision check fails if it lapsed and someone took it.
    if (handOver) await this.bucket.kv.delete(this.leaseKey(partition), { previousSeq: lease.revision }).catch(() => undefined);
  }

  private memberKey(): string {
    return `m.${this.consumer}.${this.bucket.replicaId}`;
  }

  private leaseKey(partition: number): string {
    return `l.${this.consumer}.p${partition}`;
  }
}
