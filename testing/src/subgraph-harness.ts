import { randomBytes } from 'node:crypto';
import type { DomainEvent, EventData, EventType } from '@foodgraph/events';
import type { Identity } from '@foodgraph/platform/auth';
import { uuidv7 } from '@foodgraph/platform/ids';
import { newEvent, type EventBus } from '@foodgraph/platform/messaging';
import type { Subgraph, SubgraphDeps } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { waitFor } from './eventually';
import { disposable } from './leftovers';
import { callSubgraph, type SubgraphResponse } from './subgraph-calls';
import { onEvents, type RecordedEvent, type SubgraphTestBed } from './subgraph-test-bed';

/**
 * One subgraph on port 0 over its own {@link SubgraphTestBed}: the test calls it as the router
 * would and plays the other subgraphs by publishing their events. A subgraph's harness extends
 * this with how its subgraph is created and the stand-ins it needs.
 */
export abstract class SubgraphHarness {
  /** Every event of the recorded types, in order. */
  readonly events: RecordedEvent[] = [];
  readonly namespace: string;
  readonly dataSource: DataSource;
  readonly bus: EventBus;
  /** The secret the subgraph shares with its router; this harness signs as that router. */
  private readonly routerSecret = randomBytes(32).toString('hex');
  private subgraphs: Subgraph[] = [];
  private urls: string[] = [];

  /** @param eventKeys the data fields that name what an event is about, for {@link eventsOf} */
  protected constructor(
    private readonly bed: SubgraphTestBed,
    private readonly eventKeys: readonly string[],
  ) {
    this.namespace = bed.namespace;
    this.dataSource = bed.dataSource;
    this.bus = bed.bus;
    // A harness a test forgets to stop is stopped after its test file (see leftovers.ts).
    disposable(() => this.stop());
  }

  /** A new instance of the subgraph over this harness's database and bus, not yet started. */
  protected abstract createSubgraph(): Promise<Subgraph>;

  /** What every subgraph factory takes, as this harness provides it: database, bus, logger, secret. */
  protected get subgraphDeps(): SubgraphDeps {
    return {
      dataSource: this.dataSource,
      bus: this.bus,
      logger: this.bed.logger,
      routerSecret: this.routerSecret,
      namespace: this.namespace,
    };
  }

  /** The GraphQL URL of the first running replica. */
  get url(): string {
    return this.urls[0];
  }

  /** GraphQL URLs of every running replica. */
  get replicaUrls(): readonly string[] {
    return this.urls;
  }

  /** Starts one more replica of the subgraph over the same database and bus. */
  async startReplica(): Promise<string> {
    const subgraph = await this.createSubgraph();
    const { url } = await subgraph.start(0);
    this.subgraphs.push(subgraph);
    this.urls.push(url);
    return url;
  }

  /** Stops every replica (as a crash would leave things: rows stay, timers are gone). */
  async stopReplicas(): Promise<void> {
    await Promise.all(this.subgraphs.map((s) => s.stop()));
    this.subgraphs = [];
    this.urls = [];
  }

  /** Calls `/graphql` as the router would, signed for `identity`. */
  call<T = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables: Record<string, unknown> = {},
    url = this.url,
  ): Promise<SubgraphResponse<T>> {
    return callSubgraph<T>(url, this.routerSecret, identity, query, variables);
  }

  /** Publishes an event as its producer (the subgraph its type starts with) would. */
  async publish<T extends EventType>(type: T, data: EventData<T>): Promise<DomainEvent<T>> {
    const event = newEvent(type, data, { producer: type.split('.')[0], correlationId: uuidv7() });
    await this.bus.publish(event);
    return event;
  }

  /** Polls `probe` until it returns something truthy (or fails after `timeoutMs`). */
  waitFor<T>(
    probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
    what: string,
    timeoutMs?: number,
  ): Promise<T> {
    return waitFor(probe, what, timeoutMs);
  }

  /** Recorded events about `id` (in any of the harness's event keys), optionally of one type. */
  eventsOf(id: string, type?: EventType): RecordedEvent[] {
    return this.events.filter((e) => this.eventKeys.some((key) => e.data[key] === id) && (!type || e.type === type));
  }

  /** Waits for the first recorded event of `type` about `id`. */
  waitForEvent(id: string, type: EventType): Promise<RecordedEvent> {
    return this.waitFor(() => this.eventsOf(id, type)[0], `${type} of ${id}`);
  }

  private stopping: Promise<void> | undefined;

  /** Stops the replicas, then closes and removes the database and the bus namespace (once). */
  async stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.stopReplicas();
      await this.bed.close();
    })();
    return this.stopping;
  }

  /** Records every event of `types` in {@link events} from now on, then hands it to {@link onRecorded}. */
  protected async recordEvents(types: EventType[]): Promise<void> {
    await onEvents(this.bus, types, async (event) => {
      this.events.push(event);
      await this.onRecorded(event);
    });
  }

  /** What the harness does with a recorded event besides keeping it, e.g. a stand-in's answer. */
  protected async onRecorded(_event: RecordedEvent): Promise<void> {}
}
