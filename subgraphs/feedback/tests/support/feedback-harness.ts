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
  type EventBus,
  type Identity,
  type Role,
  type Subgraph,
} from '@foodgraph/platform';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createFeedbackSubgraph, feedbackEntities, feedbackMigrations } from '../../src';

export const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';
const FEEDBACK_EVENTS: EventType[] = ['feedback.review.submitted', 'feedback.review.moderated'];

/** A GraphQL response as the subgraph sends it. */
export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export type UserIdentity = Extract<Identity, { kind: 'user' }>;

/** A signed-in user with a fresh id. */
export function user(role: Role): UserIdentity {
  return { kind: 'user', userId: uuidv7(), role, isGuest: false };
}
export const anonymous: Identity = { kind: 'anonymous' };
export const admin = user('ADMIN');

/**
 * The feedback subgraph on port 0 over its own PostgreSQL database and bus namespace (both
 * removed in `stop`). Tests play orders, delivery and menu by publishing their events.
 */
export class FeedbackHarness {
  /** Every feedback.* event published, in order. */
  readonly events: EventEnvelope[] = [];
  private subgraph: Subgraph | null = null;
  url = '';
  private readonly secret = randomBytes(32).toString('hex');
  private readonly logger = createLogger('feedback-test', 'silent');

  private constructor(
    readonly namespace: string,
    readonly dataSource: DataSource,
    readonly bus: EventBus,
    private readonly busKind: 'in-process' | 'nats',
  ) {}

  static async start(options: { bus?: 'in-process' | 'nats' } = {}): Promise<FeedbackHarness> {
    const namespace = `test_${randomBytes(5).toString('hex')}`;
    const logger = createLogger('feedback-test', 'silent');
    const dataSource = await openDatabase({
      name: 'feedback',
      namespace,
      serverUrl: SERVER_URL,
      entities: feedbackEntities,
      migrations: feedbackMigrations,
      logger,
    });
    const busKind = options.bus ?? 'in-process';
    const bus = busKind === 'nats' ? await connectNatsBus({ url: NATS_URL, namespace, logger }) : createInProcessBus({ namespace, logger });
    const h = new FeedbackHarness(namespace, dataSource, bus, busKind);
    await bus.consume({
      consumer: 'test-recorder',
      types: FEEDBACK_EVENTS,
      handle: async (m) => void h.events.push(m.payload as EventEnvelope),
      deadLetter: async () => undefined,
    });
    h.subgraph = await createFeedbackSubgraph({
      dataSource,
      bus,
      logger: h.logger,
      routerSecret: h.secret,
      namespace,
      config: { outboxPollMs: 50 },
    });
    h.url = (await h.subgraph.start(0)).url;
    return h;
  }

  /** Calls `/graphql` as the router would, signed for `identity`. */
  async call<T = Record<string, unknown>>(
    identity: Identity,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<T>> {
    const body = JSON.stringify({ query, variables });
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signRouterRequest(this.secret, identity, uuidv7(), body) },
      body,
    });
    return (await res.json()) as GqlResponse<T>;
  }

  /** Publishes an event as its producer (orders, delivery, menu) would. */
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

  /** Feedback events of one review, by type. */
  eventsOf(reviewId: string, type?: EventType): EventEnvelope<string, Record<string, unknown>>[] {
    return (this.events as EventEnvelope<string, Record<string, unknown>>[]).filter(
      (e) => e.data['reviewId'] === reviewId && (!type || e.type === type),
    );
  }

  /** Waits for the first feedback event of `type` about the review. */
  waitForEvent(reviewId: string, type: EventType): Promise<EventEnvelope<string, Record<string, unknown>>> {
    return this.waitFor(() => this.eventsOf(reviewId, type)[0], `${type} of review ${reviewId}`);
  }

  async stop(): Promise<void> {
    await this.subgraph?.stop();
    await this.bus.close();
    await this.dataSource.destroy();
    await dropDatabase(SERVER_URL, `${this.namespace}_feedback`);
    if (this.busKind === 'nats') await deleteNamespaceStreams(NATS_URL, this.namespace);
  }
}
