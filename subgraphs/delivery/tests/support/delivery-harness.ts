import type { EventType } from '@foodgraph/events';
import { createLogger } from '@foodgraph/platform/logging';
import type { Clock, Subgraph } from '@foodgraph/platform/process';
import { openSubgraphTestBed, SubgraphHarness, userIdentity, type SubgraphTestBed } from '@foodgraph/testing';
import { createDeliverySubgraph, deliveryEntities, deliveryMigrations, type DeliveryConfig } from '../../src';

export { userIdentity as user, type SubgraphResponse as GqlResponse, type UserIdentity as UserId } from '@foodgraph/testing';

const DELIVERY_EVENTS: EventType[] = [
  'delivery.delivery.offered',
  'delivery.delivery.assigned',
  'delivery.delivery.picked_up',
  'delivery.delivery.delivered',
  'delivery.delivery.cancelled',
];

export interface HarnessOptions {
  bus?: 'in-process' | 'nats';
  config?: Partial<DeliveryConfig>;
  /** A clock the test moves by hand. @default the system clock */
  clock?: Clock;
}

/**
 * The delivery subgraph on port 0 over its own PostgreSQL database and bus namespace (both
 * removed in `stop`). Tests play users, menu, orders and feedback by publishing their events;
 * `events` holds every delivery.* event published, in order.
 */
export class DeliveryHarness extends SubgraphHarness {
  readonly admin = userIdentity('ADMIN');
  /** Silent unless DELIVERY_TEST_LOG_LEVEL asks otherwise (for debugging a failing run). */
  private readonly subgraphLogger = createLogger('delivery-test', process.env['DELIVERY_TEST_LOG_LEVEL'] ?? 'silent');

  private constructor(
    bed: SubgraphTestBed,
    private readonly options: HarnessOptions,
  ) {
    // A delivery event is about its delivery and about the order it delivers.
    super(bed, ['deliveryId', 'orderId']);
  }

  static async start(options: HarnessOptions = {}): Promise<DeliveryHarness> {
    const bed = await openSubgraphTestBed({
      name: 'delivery',
      entities: deliveryEntities,
      migrations: deliveryMigrations,
      bus: options.bus,
      poolSize: 20,
    });
    const h = new DeliveryHarness(bed, options);
    await h.recordEvents(DELIVERY_EVENTS);
    await h.startReplica();
    return h;
  }

  protected createSubgraph(): Promise<Subgraph> {
    return createDeliverySubgraph({
      ...this.subgraphDeps,
      logger: this.subgraphLogger,
      ...(this.options.clock ? { clock: this.options.clock } : {}),
      config: { offerTimeoutMs: 60_000, dispatchPollMs: 100, outboxPollMs: 50, ...this.options.config },
    });
  }
}
