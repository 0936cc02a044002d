import type { DomainEvent, EventData, EventEnvelope, EventType } from '@foodgraph/events';
import {
  connectNatsBus,
  createInProcessBus,
  createLogger,
  deleteNamespaceStreams,
  dropDatabase,
  newEvent,
  signRouterRequest,
  uuidv7,
  type EventBus,
  type Identity,
  type Role,
  type Subgraph,
} from '@foodgraph/platform';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase } from '@foodgraph/platform';
import {
  createOrdersSubgraph,
  ordersEntities,
  ordersMigrations,
  signSandboxWebhook,
  SANDBOX_SIGNATURE_HEADER,
  type OrdersConfig,
} from '../../src';

export const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
export const WEBHOOK_SECRET = 'sandbox webhook secret for the orders tests';
const ORDER_EVENTS: EventType[] = ['orders.order.placed', 'orders.order.status_changed', 'orders.order.lines_changed'];

/** A GraphQL response as the subgraph sends it. */
export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** What the webhook route answers. */
export interface WebhookAnswer {
  received?: boolean;
  result?: string;
  error?: string;
}

/** How the test plays the menu side of the stock reservation. */
export type StockAnswer = 'reserve' | 'reject' | 'none';

export interface HarnessOptions {
  bus?: 'in-process' | 'nats';
  config?: Partial<OrdersConfig>;
  /** How the stand-in menu answers `orders.order.placed` / `lines_changed`. @default 'reserve' */
  stock?: StockAnswer;
}

/** A signed-in user with a fresh id. */
export function user(role: Role): Extract<Identity, { kind: 'user' }> {
  return { kind: 'user', userId: uuidv7(), role, isGuest: false };
}
export const anonymous: Identity = { kind: 'anonymous' };

/**
 * The orders subgraph on port 0 over its own PostgreSQL database and bus namespace (both
 * removed in `stop`), with a stand-in for the menu side of the saga: it answers stock
 * requests as `stock` says, so tests see the whole saga without the menu subgraph.
 */
export class OrdersHarness {
  /** Every orders.* event published, in order. */
  readonly events: EventEnvelope[] = [];
  stock: StockAnswer;
  /** False simulates a process that dies before its outbox relay publishes: publishes fail. */
  publishing = true;
  private subgraphs: Subgraph[] = [];
  private urls: string[] = [];
  private readonly secret = randomBytes(32).toString('hex');
  private readonly logger = createLogger('orders-test', 'silent');

  private constructor(
    readonly namespace: string,
    readonly dataSource: DataSource,
    readonly bus: EventBus,
    private readonly options: HarnessOptions,
  ) {
    this.stock = options.stock ?? 'reserve';
  }

  static async start(options: HarnessOptions = {}): Promise<OrdersHarness> {
    const namespace = `test_${randomBytes(5).toString('hex')}`;
    const logger = createLogger('orders-test', 'silent');
    const dataSource = await openDatabase({
      name: 'orders',
      namespace,
      serverUrl: SERVER_URL,
      entities: ordersEntities,
      migrations: ordersMigrations,
      logger,
    });
    const bus =
      options.bus === 'nats' ? await connectNatsBus({ url: NATS_URL, namespace, logger }) : createInProcessBus({ namespace, logger });
    const h = new OrdersHarness(namespace, dataSource, bus, options);
    await bus.consume({
      consumer: 'test-recorder',
      types: ORDER_EVENTS,
      handle: async (m) => h.record(m.payload as EventEnvelope),
      deadLetter: async () => undefined,
    });
    await h.startReplica();
    return h;
  }

  /** The GraphQL URL of the first running replica. */
  get url(): string {
    return this.urls[0];
  }

  /** Changes the settings of replicas started from now on. */
  configure(config: Partial<OrdersConfig>): void {
    this.options.config = { ...this.options.config, ...config };
  }

  /** Starts one more replica of the subgraph over the same database and bus. */
  async startReplica(): Promise<string> {
    const bus: EventBus = {
      publish: (event) => (this.publishing ? this.bus.publish(event) : Promise.reject(new Error('simulated crash before publishing'))),
      consume: (options) => this.bus.consume(options),
      close: async () => undefined,
    };
    const subgraph = await createOrdersSubgraph({
      dataSource: this.dataSource,
      bus,
      logger: this.logger,
      routerSecret: this.secret,
      namespace: this.namespace,
      config: { sandboxWebhookSecret: WEBHOOK_SECRET, deadlinePollMs: 100, outboxPollMs: 50, ...this.options.config },
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

  /** Posts a sandbox webhook, signed unless told otherwise. */
  async webhook(
    payload: Record<string, unknown>,
    options: { secret?: string; at?: Date } = {},
  ): Promise<{ status: number; body: WebhookAnswer }> {
    const body = JSON.stringify(payload);
    const res = await fetch(this.url.replace('/graphql', '/webhooks/payments/sandbox'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(options.secret ?? WEBHOOK_SECRET, body, options.at),
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as WebhookAnswer };
  }

  /** Publishes an event as its producer (menu, delivery) would. */
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
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Orders events of one order, by type. */
  eventsOf(orderId: string, type?: EventType): EventEnvelope<string, Record<string, unknown>>[] {
    return (this.events as EventEnvelope<string, Record<string, unknown>>[]).filter(
      (e) => e.data['orderId'] === orderId && (!type || e.type === type),
    );
  }

  async stop(): Promise<void> {
    await this.stopReplicas();
    await this.bus.close();
    await this.dataSource.destroy();
    await dropDatabase(SERVER_URL, `${this.namespace}_orders`);
    if (this.options.bus === 'nats') await deleteNamespaceStreams(NATS_URL, this.namespace);
  }

  private async record(event: EventEnvelope): Promise<void> {
    this.events.push(event);
    if (this.stock === 'none' || (event.type !== 'orders.order.placed' && event.type !== 'orders.order.lines_changed')) return;
    const data = (event as DomainEvent<'orders.order.placed'>).data;
    const lines = data.lines.map((l) => ({ menuItemId: l.menuItemId, quantity: l.quantity }));
    if (this.stock === 'reserve')
      await this.publish('menu.stock.reserved', { orderId: data.orderId, stockVersion: data.stockVersion, lines });
    else
      await this.publish('menu.stock.rejected', {
        orderId: data.orderId,
        stockVersion: data.stockVersion,
        reason: 'Out of stock',
        items: lines.map((l) => ({ menuItemId: l.menuItemId, requested: l.quantity, available: 0 })),
      });
  }
}
