import type { DomainEvent, EventType } from '@foodgraph/events';
import type { Identity } from '@foodgraph/platform/auth';
import type { EventBus } from '@foodgraph/platform/messaging';
import type { Subgraph } from '@foodgraph/platform/process';
import { openSubgraphTestBed, SubgraphHarness, type RecordedEvent, type SubgraphTestBed } from '@foodgraph/testing';
import {
  createOrdersSubgraph,
  ordersEntities,
  ordersMigrations,
  signSandboxWebhook,
  SANDBOX_SIGNATURE_HEADER,
  type OrdersConfig,
} from '../../src';
import { subscribeSigned, type SignedSubscription } from './signed-subscription';

export { userIdentity as user, ANONYMOUS as anonymous, type SubgraphResponse as GqlResponse } from '@foodgraph/testing';

export const WEBHOOK_SECRET = 'sandbox webhook secret for the orders tests';
const ORDER_EVENTS: EventType[] = [
  'orders.order.placed',
  'orders.order.status_changed',
  'orders.order.lines_changed',
  'orders.payment.refunded',
];

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

/**
 * The orders subgraph on port 0 over its own PostgreSQL database and bus namespace (both
 * removed in `stop`), with a stand-in for the menu side of the saga: it answers stock
 * requests as `stock` says, so tests see the whole saga without the menu subgraph.
 * `events` holds every orders.* event published, in order.
 */
export class OrdersHarness extends SubgraphHarness {
  stock: StockAnswer;
  /** False simulates a process that dies before its outbox relay publishes: publishes fail. */
  publishing = true;
  private readonly created: Subgraph[] = [];
  private readonly subscriptions: SignedSubscription<unknown>[] = [];
  private readonly handledIds = new Map<string, Set<string>>();

  private constructor(
    bed: SubgraphTestBed,
    private readonly options: HarnessOptions,
  ) {
    super(bed, ['orderId']);
    this.stock = options.stock ?? 'reserve';
  }

  static async start(options: HarnessOptions = {}): Promise<OrdersHarness> {
    const bed = await openSubgraphTestBed({ name: 'orders', entities: ordersEntities, migrations: ordersMigrations, bus: options.bus });
    const h = new OrdersHarness(bed, options);
    await h.recordEvents(ORDER_EVENTS);
    await h.startReplica();
    return h;
  }

  /** Changes the settings of replicas started from now on. */
  configure(config: Partial<OrdersConfig>): void {
    this.options.config = { ...this.options.config, ...config };
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

  /** Subscribes on the first replica's graphql-ws endpoint as the router would, for `identity`; ended in `stop`. */
  subscribe<Data>(identity: Identity, query: string, variables: Record<string, unknown> = {}): SignedSubscription<Data> {
    const subscription = subscribeSigned<Data>(this.url, this.subgraphDeps.routerSecret, identity, query, variables);
    this.subscriptions.push(subscription);
    return subscription;
  }

  /**
   * Whether the replicas' consumer `consumer` has finished with the event `eventId` (handled,
   * skipped or found a duplicate): the live updates keep no inbox row to tell.
   */
  hasHandled(consumer: string, eventId: string): boolean {
    return this.handledIds.get(consumer)?.has(eventId) ?? false;
  }

  /** Waits until the replicas serve exactly `count` subscriptions: once they do, a change reaches each. */
  async waitForLiveSubscriptions(count: number): Promise<void> {
    const running = () => this.created.reduce((sum, s) => sum + (s.subscriptions?.subscriptions ?? 0), 0);
    await this.waitFor(() => running() === count, `${count} live subscriptions`);
  }

  override async stop(): Promise<void> {
    await Promise.all(this.subscriptions.map((s) => s.dispose()));
    await super.stop();
  }

  protected async createSubgraph(): Promise<Subgraph> {
    const bus: EventBus = {
      publish: (event) => (this.publishing ? this.bus.publish(event) : Promise.reject(new Error('simulated crash before publishing'))),
      consume: (options) =>
        this.bus.consume({
          ...options,
          handle: async (message) => {
            await options.handle(message);
            const id = (message.payload as { id?: unknown } | null)?.id;
            if (typeof id !== 'string') return;
            const ids = this.handledIds.get(options.consumer) ?? new Set<string>();
            this.handledIds.set(options.consumer, ids.add(id));
          },
        }),
      close: async () => undefined,
    };
    const subgraph = await createOrdersSubgraph({
      ...this.subgraphDeps,
      bus,
      config: { sandboxWebhookSecret: WEBHOOK_SECRET, deadlinePollMs: 100, outboxPollMs: 50, ...this.options.config },
    });
    this.created.push(subgraph);
    return subgraph;
  }

  /** The stand-in menu: answers each stock request as `stock` says. */
  protected override async onRecorded(event: RecordedEvent): Promise<void> {
    if (this.stock === 'none' || (event.type !== 'orders.order.placed' && event.type !== 'orders.order.lines_changed')) return;
    const data = (event as unknown as DomainEvent<'orders.order.placed'>).data;
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
