import type { EventType } from '@foodgraph/events';
import type { Subgraph } from '@foodgraph/platform/process';
import { openSubgraphTestBed, SubgraphHarness, userIdentity, type SubgraphTestBed } from '@foodgraph/testing';
import { createFeedbackSubgraph, feedbackEntities, feedbackMigrations } from '../../src';

export { userIdentity as user, ANONYMOUS as anonymous, type SubgraphResponse as GqlResponse, type UserIdentity } from '@foodgraph/testing';

const FEEDBACK_EVENTS: EventType[] = ['feedback.review.submitted', 'feedback.review.moderated'];

export const admin = userIdentity('ADMIN');

/**
 * The feedback subgraph on port 0 over its own PostgreSQL database and bus namespace (both
 * removed in `stop`). Tests play orders, delivery and menu by publishing their events;
 * `events` holds every feedback.* event published, in order.
 */
export class FeedbackHarness extends SubgraphHarness {
  private constructor(bed: SubgraphTestBed) {
    super(bed, ['reviewId']);
  }

  static async start(options: { bus?: 'in-process' | 'nats' } = {}): Promise<FeedbackHarness> {
    const bed = await openSubgraphTestBed({
      name: 'feedback',
      entities: feedbackEntities,
      migrations: feedbackMigrations,
      bus: options.bus,
    });
    const h = new FeedbackHarness(bed);
    await h.recordEvents(FEEDBACK_EVENTS);
    await h.startReplica();
    return h;
  }

  protected createSubgraph(): Promise<Subgraph> {
    return createFeedbackSubgraph({ ...this.subgraphDeps, config: { outboxPollMs: 50 } });
  }
}
