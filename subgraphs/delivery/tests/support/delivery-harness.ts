import type { DomainEvent, EventData, EventEnvelope, EventType } from '@foodgraph/events';
import {
  connectNatsBus,
  createInProcessBus,
  createLogger,
  deleteNamespaceStreams,
  dropDatabase,
  newEvent,
  openDatabase,
  signRouterRequest,
  uuidv7,
  type Clock,
  type EventBus,
  type Identity,
  type Role,
  type Subgraph,
} from '@foodgraph/platform';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDeliverySubgraph, deliveryEntities, deliveryMigrations, type DeliveryConfig } from '../../src';

export const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const DELIVERY_EVENTS: EventType[] = [
  'delivery.delivery.offered',
  'delivery.delivery.assigned',
  'delivery.delivery.picked_up',
  'delivery.delivery.delivered',
  'delivery.delivery.cancelled',
];

/** A GraphQL response as the subgraph sends it. */
export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface HarnessOptions {
  bus?: 'in-process' | 'nats';
  config?: Partial<DeliveryConfig>;
  /** A clock the test moves by hand. @default the system clock */
  clock?: Clock;
}

export type UserId = Extract<Identity, { kind: 'user' }>;

/** A signed-in user with a fresh id. */
export function user(role: Role): UserId {
  return { kind: 'user', userId: uuidv7(), role, isGuest: false };
}

/**
 * The delivery subgraph on port 0 over its own PostgreSQL database and bus namespace (both
 * removed in `stop`). Tests play users, menu, orders and feedback by publishing their events.
 */
export class DeliveryHarness {
  /** Every delivery.* event published, in order. */
  readonly events: EventEnvelope<string, Record<string, unknown>>[] = [];
  readonly admin = user('ADMIN');
  private subgraphs: Subgraph[] = [];
  private urls: string[] = [];
  private readonly secret = randomBytes(32).toString('hex');
  /** Silent unless DELIVERY_TEST_LOG_LEVEL asks otherwise (for debugging a failing run). */
  private readonly logger = createLogger('delivery-test', process.env['DELIVERY_TEST_LOG_LEVEL'] ?? 'silent');

  private constructor(
    readonly namespace: string,
    readonly dataSource: DataSource,
    readonly bus: EventBus,
    private readonly options: HarnessOptions,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<DeliveryHarness> {
    const namespace = `test_${randomBytes(5).toString('hex')}`;
    const logger = createLogger('delivery-test', 'silent');
    const dataSource = await openDatabase({
      name: 'delivery',
      namespace,
      serverUrl: SERVER_URL,
      entities: deliveryEntities,
      migrations: deliveryMigrations,
      logger,
      poolSize: 20,
    });
    const bus =
      options.bus === 'nats' ? await connectNatsBus({ url: NATS_URL, namespace, logger }) : createInProcessBus({ namespace, logger });
    const h = new DeliveryHarness(namespace, dataSource, bus, options);
    await bus.consume({
      consumer: 'test-recorder',
      types: DELIVERY_EVENTS,
      handle: async (m) => void h.events.push(m.payload as EventEnvelope<string, Record<string, unknown>>),
      deadLetter: async () => undefined,
    });
    await h.startReplica();
    return h;
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
    const subgraph = await createDeliverySubgraph({
      dataSource: this.dataSource,
      bus: this.bus,
      logger: this.logger,
      routerSecret: this.secret,
      namespace: this.namespace,
      ...(this.options.clock ? { clock: this.options.clock } : {}),
      config: { offerTimeoutMs: 60_000, dispatchPollMs: 100, outboxPollMs: 50, ...this.options.config },
    });
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
  async call<T = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables: Record<string, unknown> = {},
    url = this.url,
  ): Promise<GqlResponse<T>> {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRouterRequest(this.secret, identity, uuidv7(), body) },
      body,
    });
    return (await res.json()) as GqlResponse<T>;
  }

  /** Publishes an event as its producer (users, menu, orders, feedback) would. */
  async publish<T extends EventType>(type: T, data: EventData<T>): Promise<DomainEvent<T>> {
    const event = newEvent(type, data, { producer: type.split('.')[0], correlationId: uuidv7() });
    await this.bus.publish(event);
    return event;
  }

  /** Polls `probe` until it returns something truthy (or fails after `timeoutMs`). */
  async waitFor<T>(
    probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
    what: string,
    timeoutMs = 10_000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Delivery events about one delivery or order, optionally of one type. */
  eventsOf(id: string, type?: EventType): EventEnvelope<string, Record<string, unknown>>[] {
    return this.events.filter((e) => (e.data['deliveryId'] === id || e.data['orderId'] === id) && (!type || e.type === type));
  }

  async stop(): Promise<void> {
    await this.stopReplicas();
    await this.bus.close();
    await this.dataSource.destroy();
    await dropDatabase(SERVER_URL, `${this.namespace}_delivery`);
    if (this.options.bus === 'nats') await deleteNamespaceStreams(NATS_URL, this.namespace);
  }
}
