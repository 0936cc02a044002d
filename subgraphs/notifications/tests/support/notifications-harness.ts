import type { Subgraph } from '@foodgraph/platform/process';
import { openSubgraphTestBed, SubgraphHarness } from '@foodgraph/testing';
import { createNotificationsSubgraph, notificationsEntities, notificationsMigrations, type DeliveryChannel } from '../../src';

/**
 * The notifications subgraph on port 0 over its own PostgreSQL database and in-process bus
 * (both removed in `stop`), with the channels and clock a test gives it. Tests play the other
 * subgraphs by publishing their events.
 */
export class NotificationsHarness extends SubgraphHarness {
  private constructor(
    bed: Awaited<ReturnType<typeof openSubgraphTestBed>>,
    private readonly channels: DeliveryChannel[],
    private readonly clock: () => Date,
  ) {
    super(bed, ['orderId', 'userId']);
  }

  static async start(options: { channels: DeliveryChannel[]; clock: () => Date }): Promise<NotificationsHarness> {
    // No duplicate window on the bus: a re-published event reaches the consumer, whose inbox must drop it.
    const bed = await openSubgraphTestBed({
      name: 'notifications',
      entities: notificationsEntities,
      migrations: notificationsMigrations,
      duplicateWindowMs: 0,
    });
    const h = new NotificationsHarness(bed, options.channels, options.clock);
    await h.startReplica();
    return h;
  }

  protected createSubgraph(): Promise<Subgraph> {
    return createNotificationsSubgraph({
      ...this.subgraphDeps,
      clock: this.clock,
      channels: this.channels,
      config: { outboxPollMs: 50, emailPollMs: 50, emailMaxAttempts: 2 },
    });
  }
}
