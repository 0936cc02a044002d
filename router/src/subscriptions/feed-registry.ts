import type { RouterContext } from '../context';
import type { EventExecutor } from './event-executor';
import { FeedSubscriber, type SubscriberOutlet } from './feed-subscriber';
import { SharedFeed } from './shared-feed';
import type { PreparedSubscription } from './subscription-planner';
import type { UpstreamClients } from './upstream-clients';

/** One accepted client subscription, ready to be attached to a feed. */
export interface SubscriptionTicket {
  prepared: PreparedSubscription;
  variables: Record<string, unknown>;
  context: RouterContext;
  /** Where its events go (a graphql-ws socket, an SSE or multipart response). */
  outlet: SubscriberOutlet;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` name the same feed. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Deduplicates subscriptions: clients asking for the same operation with the same variables
 * under the same identity share one `SharedFeed` (one upstream subscription, one completion
 * and one serialization per event). The identity is part of the key because the subgraph
 * authorizes — and may shape events — per identity; the identity is the whole forwarded
 * identity (user, role, API key), never just the user id.
 */
export class FeedRegistry {
  private readonly feeds = new Map<string, SharedFeed>();

  constructor(private readonly deps: { upstream: UpstreamClients; executor: EventExecutor }) {}

  /** Feeds (upstream subscriptions) currently open. */
  get size(): number {
    return this.feeds.size;
  }

  /** Client subscriptions attached to any feed. */
  get subscribers(): number {
    let n = 0;
    for (const feed of this.feeds.values()) n += feed.subscribers.size;
    return n;
  }

  /** Attaches a client subscription to its feed, opening the feed if it is the first. */
  attach(ticket: SubscriptionTicket): FeedSubscriber {
    const key = `${ticket.prepared.key}\n${canonicalJson(ticket.variables)}\n${ticket.context.identityHeader}`;
    let feed = this.feeds.get(key);
    const isNew = !feed;
    if (!feed) {
      feed = new SharedFeed(key, ticket.prepared, ticket.variables, ticket.context, {
        upstream: this.deps.upstream,
        executor: this.deps.executor,
        onStopped: (stopped) => {
          if (this.feeds.get(stopped.key) === stopped) this.feeds.delete(stopped.key);
        },
      });
      this.feeds.set(key, feed);
    }
    const owner = feed;
    const subscriber = new FeedSubscriber(ticket.outlet, (s) => owner.remove(s));
    feed.add(subscriber);
    if (isNew) feed.start();
    return subscriber;
  }
}
