import type { EventEnvelope } from '@foodgraph/events';

/**
 * The transport under the outbox and the inbox. Two implementations honour the same
 * contract (tests/event-bus.contract.ts): NATS JetStream for real deployments and an
 * in-process bus for the embedded quick start.
 *
 * Delivery is at-least-once; de-duplication of re-published ids is the bus's job (JetStream
 * `Nats-Msg-Id`), idempotent handling is the consumer's (the inbox).
 */
export interface EventBus {
  /**
   * Publishes one envelope on `<namespace>.<type>`. Resolves once the bus has stored it.
   * `trace` travels beside the envelope (NATS message headers), never inside it.
   */
  publish(event: EventEnvelope, trace?: MessageTrace): Promise<void>;
  /** Starts a durable consumer; resumes where a consumer of the same name stopped. */
  consume(options: ConsumeOptions): Promise<ConsumerHandle>;
  /** Stops every consumer and closes the connection. */
  close(): Promise<void>;
}

/** The trace a published event belongs to, handed on to whoever consumes it. */
export interface MessageTrace {
  /** W3C `traceparent` of the span that published it. */
  traceparent?: string | undefined;
}

export interface ConsumeOptions {
  /** Durable name, unique per subgraph and reaction, e.g. `orders-menu-read-model`. */
  consumer: string;
  /** Event types (without namespace) to receive, e.g. `['menu.item.changed']`. */
  types: string[];
  /**
   * Handles one delivery. Resolving acks it; throwing makes the bus redeliver it later,
   * after `backoffMs[attempt - 1]` (or the last entry).
   */
  handle(message: DeliveredMessage): Promise<void>;
  /**
   * Called instead of `handle` once a message was delivered `maxDeliveries` times without
   * success; the message is acked afterwards whatever this does (it should record it).
   */
  deadLetter(message: DeliveredMessage, error: unknown): Promise<void>;
  /** @default 5 */
  maxDeliveries?: number;
  /** Redelivery delays by attempt. @default [200, 1000, 5000, 15000] */
  backoffMs?: number[];
}

export interface DeliveredMessage {
  /** The raw payload as received; validation happens in the inbox layer. */
  payload: unknown;
  /** 1 on first delivery. */
  attempt: number;
  /** Subject the message was published on (with namespace). */
  subject: string;
  /** W3C `traceparent` the publisher sent along, when it traced the publish. */
  traceparent?: string | undefined;
}

export interface ConsumerHandle {
  stop(): Promise<void>;
  /**
   * Events stored for this consumer that it has not been handed yet (JetStream's `num_pending`,
   * summed over the producers' streams; the in-process queue), for the consumer lag gauge.
   */
  pending?(): Promise<number>;
}
