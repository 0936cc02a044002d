import type { Logger } from '../logging';
import { deliveryPolicyOf, type DeliveryPolicy } from './bus-delivery-policy';
import type { ConsumeOptions, DeliveredMessage } from './event-bus';
import { orderingKeyOf } from './event-ordering-key';

/** One stored publish: the serialized envelope, so every delivery hands out a fresh copy. */
export interface StoredEvent {
  seq: number;
  type: string;
  subject: string;
  json: string;
  /** What NATS would carry in the message's `traceparent` header. */
  traceparent?: string | undefined;
}

interface Pending {
  event: StoredEvent;
  /** The event's ordering key (event-ordering-key.ts). */
  key: string;
  deliveries: number;
  notBefore: number;
}

interface Subscription {
  options: ConsumeOptions;
  policy: DeliveryPolicy;
}

interface InFlight {
  subscription: Subscription;
  done: Promise<void>;
}

/** Handlers one in-process consumer runs at once when the bus is not told otherwise. */
export const DEFAULT_IN_PROCESS_CONCURRENCY = 8;

/**
 * The in-process counterpart of a JetStream durable consumer: a queue of every matching
 * event not yet acked, kept while no `consume()` is running, and served to the running
 * subscriptions with the NATS bus's ordering: per key (event-ordering-key.ts), one event of a
 * key at a time in publish order, different keys in parallel (up to `concurrency`). A failing
 * event waits for its redelivery at its place in the queue, so it holds back the later events
 * of its own key and nothing else.
 */
export class InProcessDurable {
  private readonly queue: Pending[] = [];
  private readonly subscriptions: Subscription[] = [];
  private types = new Set<string>();
  private nextSubscription = 0;
  private pump: Promise<void> = Promise.resolve();
  private pumping = false;
  private readonly inFlight = new Map<Pending, InFlight>();
  private wake: (() => void) | null = null;
  private closed = false;

  constructor(
    readonly name: string,
    private readonly logger: Logger,
    private readonly concurrency = DEFAULT_IN_PROCESS_CONCURRENCY,
  ) {}

  /** Events queued and not yet handed to a handler (those in flight are not counted). */
  get pending(): number {
    return Math.max(this.queue.length - this.inFlight.size, 0);
  }

  /** Whether this consumer has subscribed to `type` (it keeps receiving it while stopped). */
  wants(type: string): boolean {
    return this.types.has(type);
  }

  enqueue(event: StoredEvent): void {
    this.queue.push(pendingOf(event));
    this.notify();
  }

  /**
   * Sets the types of a (re)started consumer. On its first registration the stored history of
   * its types is queued in publish order, like a new `DeliverPolicy.All` JetStream consumer.
   * Later changes only affect what arrives from then on; queued events of dropped types go
   * away, as with a JetStream consumer recreated with another filter.
   */
  setTypes(types: string[], history: (type: string) => StoredEvent[]): void {
    const next = new Set(types);
    const added = types.filter((type) => !this.types.has(type));
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (!next.has(this.queue[i].event.type)) this.queue.splice(i, 1);
    }
    if (this.types.size === 0 && added.length > 0) {
      const events = added.flatMap(history).sort((a, b) => a.seq - b.seq);
      for (const event of events) this.queue.push(pendingOf(event));
    }
    this.types = next;
  }

  /** Adds a running subscription; several of them share the queue like competing JetStream clients. */
  subscribe(options: ConsumeOptions): () => Promise<void> {
    const subscription: Subscription = { options, policy: deliveryPolicyOf(options) };
    this.subscriptions.push(subscription);
    if (!this.pumping) {
      this.pumping = true;
      this.pump = this.run();
    }
    this.notify();
    return () => this.unsubscribe(subscription);
  }

  /** Stops every subscription; queued events stay for the next `consume()` of the same bus. */
  async close(): Promise<void> {
    this.closed = true;
    this.subscriptions.length = 0;
    this.notify();
    await this.pump;
    await Promise.all([...this.inFlight.values()].map((each) => each.done));
  }

  private async unsubscribe(subscription: Subscription): Promise<void> {
    const index = this.subscriptions.indexOf(subscription);
    if (index >= 0) this.subscriptions.splice(index, 1);
    this.notify();
    // A stopped consumer must not be mid-handler afterwards: its caller may tear down the
    // database the handler writes to.
    const mine = [...this.inFlight.values()].filter((each) => each.subscription === subscription);
    await Promise.all(mine.map((each) => each.done));
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private sleep(ms: number | null): Promise<void> {
    return new Promise((resolve) => {
      const timer = ms === null ? null : setTimeout(() => this.notify(), ms);
      this.wake = () => {
        if (timer) clearTimeout(timer);
        resolve();
      };
    });
  }

  private async run(): Promise<void> {
    try {
      // Deliveries start after consume() has returned its handle, never inside the call.
      await Promise.resolve();
      while (!this.closed && this.subscriptions.length > 0) {
        const wait = this.startReady();
        await this.sleep(wait);
      }
    } finally {
      // Cleared in the same tick the loop sees no subscription, so a subscribe() right after
      // a stop() can never find a pump that is about to exit.
      this.pumping = false;
    }
  }

  /**
   * Starts the first queued event of every key that has none in flight and is due, up to the
   * concurrency; returns how long until the next one comes due (null: wait for a change).
   */
  private startReady(): number | null {
    const now = Date.now();
    const headSeen = new Set<string>();
    for (const each of this.inFlight.keys()) headSeen.add(each.key);
    let wait: number | null = null;
    for (const pending of this.queue) {
      if (this.inFlight.size >= this.concurrency || this.subscriptions.length === 0) break;
      // Only the oldest queued event of a key may go; the ones behind it wait for its ack.
      if (headSeen.has(pending.key)) continue;
      headSeen.add(pending.key);
      if (pending.notBefore > now) {
        wait = Math.min(wait ?? Infinity, pending.notBefore - now);
        continue;
      }
      const subscription = this.subscriptions[this.nextSubscription++ % this.subscriptions.length];
      const done = this.deliver(pending, subscription).finally(() => {
        this.inFlight.delete(pending);
        this.notify();
      });
      this.inFlight.set(pending, { subscription, done });
    }
    return wait;
  }

  private async deliver(pending: Pending, { options, policy }: Subscription): Promise<void> {
    pending.deliveries += 1;
    const message: DeliveredMessage = {
      payload: JSON.parse(pending.event.json) as unknown,
      attempt: pending.deliveries,
      subject: pending.event.subject,
      traceparent: pending.event.traceparent,
    };
    try {
      await options.handle(message);
    } catch (error) {
      if (pending.deliveries < policy.maxDeliveries) {
        pending.notBefore = Date.now() + policy.delayAfter(pending.deliveries);
        this.logger.warn(
          { err: error, consumer: this.name, subject: message.subject, attempt: message.attempt },
          'event handler failed; will redeliver',
        );
        return;
      }
      await this.deadLetter(options, message, error);
    }
    this.ack(pending);
  }

  private async deadLetter(options: ConsumeOptions, message: DeliveredMessage, error: unknown): Promise<void> {
    this.logger.error({ err: error, consumer: this.name, subject: message.subject, attempt: message.attempt }, 'event dead-lettered');
    try {
      await options.deadLetter(message, error);
    } catch (deadLetterError) {
      // The contract acks regardless; a failing dead-letter store must not wedge the consumer.
      this.logger.error({ err: deadLetterError, consumer: this.name, subject: message.subject }, 'dead-letter callback failed');
    }
  }

  private ack(pending: Pending): void {
    const index = this.queue.indexOf(pending);
    // The entry may already be gone if setTypes() dropped its type while it was in flight.
    if (index >= 0) this.queue.splice(index, 1);
  }
}

function pendingOf(event: StoredEvent): Pending {
  return { event, key: orderingKeyOf(JSON.parse(event.json) as unknown), deliveries: 0, notBefore: 0 };
}
