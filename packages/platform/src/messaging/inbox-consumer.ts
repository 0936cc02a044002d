import { validateEvent, type DomainEvent, type EventType } from '@foodgraph/events';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logging';
import { secondsSince, type DeliveryOutcome, type SubgraphMetrics } from '../metrics/subgraph-metrics';
import { tracingEnabled } from '../tracing/active-tracing';
import { consumeInSpan } from '../tracing/trace-messages';
import { recordDeadLetter } from './dead-letters';
import { appendedToOutbox } from './outbox';
import type { ConsumerHandle, DeliveredMessage, EventBus } from './event-bus';

/** Reacts to one event inside the consumer's transaction; use `manager` for every write. */
export type EventHandler<T extends EventType> = (event: DomainEvent<T>, manager: EntityManager) => Promise<void>;

/** One handler per consumed event type, e.g. `{ 'menu.item.changed': async (event, manager) => … }`. */
export type EventHandlers = { [T in EventType]?: EventHandler<T> };

/**
 * How often a consumer's reactions may take effect per event:
 * - `exactly-once`: one transaction inserts the inbox row (consumer, event id) and runs the
 *   handler; a redelivered event finds the row and changes nothing twice.
 * - `at-least-once`: no transaction and no inbox row; the handler gets the data source's
 *   manager (no transaction, so it must not write to the outbox) and runs again when the bus
 *   redelivers an event (the process died, or the ack was lost, before the bus heard of it).
 *   Only for effects that are harmless to repeat, such as a live update to subscribers, who
 *   then see the same state twice. It saves a transaction and an inbox row per event.
 */
export type ConsumerEffects = 'exactly-once' | 'at-least-once';

/** Options of a consumer that say what its deliveries cost: see {@link StartConsumerOptions}. */
export interface ConsumerDeliveryOptions {
  /** @default 'exactly-once' — see {@link ConsumerEffects} */
  effects?: ConsumerEffects;
  /**
   * Events of its types the consumer leaves alone because its handler would change nothing,
   * e.g. every order status but the two that release stock. They are acknowledged without a
   * transaction or an inbox row (metrics outcome `skipped`), in their turn, so the order of
   * the others is kept. Must be a pure function of the event: a redelivery is skipped alike.
   * @default none: every event of the handlers' types is handled
   */
  skip?: (event: DomainEvent) => boolean;
}

export interface StartConsumerOptions extends ConsumerDeliveryOptions {
  /** Durable consumer name, unique per subgraph and reaction, e.g. `orders-menu-read-model`. */
  consumer: string;
  handlers: EventHandlers;
  /** Deliveries before a failing event is dead-lettered. @default the bus's (5) */
  maxDeliveries?: number;
  /** Redelivery delays by attempt. @default the bus's ([200, 1000, 5000, 15000]) */
  backoffMs?: number[];
  /**
   * Called after a handler's transaction committed having appended to the outbox, to nudge the
   * relay so the events the reaction wrote leave at once instead of at the relay's next poll.
   * Not called for a reaction that wrote no events: a nudge costs the relay a probe.
   */
  onCommitted?: () => void;
  /** Handling durations, redeliveries, dead letters and lag of this consumer. */
  metrics?: Pick<SubgraphMetrics, 'observeDelivery' | 'deadLettered' | 'watchConsumer'> | undefined;
  /** The subgraph that reacts: the service of the consumer spans. @default the consumer's name */
  component?: string | undefined;
  /** The subgraph whose consumer this is: its dead letters are announced as `platform.dead_letter.recorded`. @default none announced */
  subgraph?: string | undefined;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Consumes the handlers' event types from the bus with exactly-once effect:
 * - an invalid envelope or payload is dead-lettered at once with the validation reason;
 * - an event `skip` names is acknowledged untouched;
 * - otherwise one transaction inserts the inbox row (consumer, event id) and runs the handler.
 *   If the row already existed the event was handled before and is skipped. If the handler
 *   throws, everything rolls back (the inbox row too) and the bus redelivers later; after
 *   `maxDeliveries` the bus hands it to `deadLetter`, which records the last error.
 * The bus acks only after the transaction committed. With `effects: 'at-least-once'` the
 * handler runs without the transaction and the inbox row (see {@link ConsumerEffects}).
 */
export async function startConsumer(
  dataSource: DataSource,
  bus: EventBus,
  logger: Logger,
  options: StartConsumerOptions,
): Promise<ConsumerHandle> {
  const { consumer, handlers, subgraph } = options;
  const types = (Object.keys(handlers) as EventType[]).filter((type) => handlers[type]);
  if (types.length === 0) throw new Error(`consumer ${consumer} has no handlers`);
  const log = logger.child({ consumer });
  const { metrics } = options;
  const atLeastOnce = options.effects === 'at-least-once';

  const handleOnce = async (message: DeliveredMessage): Promise<DeliveryOutcome> => {
    const checked = validateEvent(message.payload);
    if (!checked.ok) {
      await recordDeadLetter(dataSource, log, {
        consumer,
        subgraph,
        payload: message.payload,
        reason: checked.reason,
        attempts: message.attempt,
      });
      metrics?.deadLettered(consumer);
      return 'dead_lettered';
    }
    const event = checked.event;
    const handler = handlers[event.type] as EventHandler<EventType> | undefined;
    if (!handler) {
      await recordDeadLetter(dataSource, log, {
        consumer,
        subgraph,
        payload: message.payload,
        reason: `no handler for ${event.type}`,
        attempts: message.attempt,
      });
      metrics?.deadLettered(consumer);
      return 'dead_lettered';
    }
    if (options.skip?.(event)) {
      log.debug({ eventId: event.id, type: event.type, attempt: message.attempt }, 'event skipped');
      return 'skipped';
    }
    if (atLeastOnce) {
      try {
        await handler(event, dataSource.manager);
      } catch (error) {
        log.warn({ err: error, eventId: event.id, type: event.type, attempt: message.attempt }, 'event handler failed');
        throw error;
      }
      log.debug({ eventId: event.id, type: event.type, attempt: message.attempt }, 'event handled');
      return 'handled';
    }
    try {
      let appended = false;
      const handled = await dataSource.transaction(async (manager) => {
        const claimed = await manager.query<unknown[]>(
          'INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
          [consumer, event.id],
        );
        if (claimed.length === 0) return false;
        await handler(event, manager);
        appended = appendedToOutbox(manager);
        return true;
      });
      log.debug({ eventId: event.id, type: event.type, attempt: message.attempt }, handled ? 'event handled' : 'duplicate event skipped');
      if (appended) options.onCommitted?.();
      return handled ? 'handled' : 'duplicate';
    } catch (error) {
      log.warn({ err: error, eventId: event.id, type: event.type, attempt: message.attempt }, 'event handler failed');
      throw error;
    }
  };

  const component = options.component ?? consumer;
  // With tracing, each delivery is a span under the publisher's; what the handler writes and
  // emits runs inside it, so the events it causes continue the same trace.
  const handleTraced = (message: DeliveredMessage): Promise<DeliveryOutcome> =>
    tracingEnabled() ? consumeInSpan(component, consumer, message, () => handleOnce(message)) : handleOnce(message);

  const handle = async (message: DeliveredMessage): Promise<void> => {
    if (!metrics) {
      await handleTraced(message);
      return;
    }
    const started = performance.now();
    let outcome: DeliveryOutcome = 'failed';
    try {
      outcome = await handleTraced(message);
    } finally {
      metrics.observeDelivery(consumer, outcome, message.attempt, secondsSince(started));
    }
  };

  const deadLetter = async (message: DeliveredMessage, error: unknown): Promise<void> => {
    await recordDeadLetter(dataSource, log, {
      consumer,
      subgraph,
      payload: message.payload,
      reason: messageOf(error),
      attempts: message.attempt,
    });
    metrics?.deadLettered(consumer);
  };

  const running = await bus.consume({
    consumer,
    types,
    handle,
    deadLetter,
    ...(options.maxDeliveries !== undefined ? { maxDeliveries: options.maxDeliveries } : {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
  });
  const unwatch = metrics?.watchConsumer(consumer, running);
  if (!unwatch) return running;
  return {
    stop: async () => {
      unwatch();
      await running.stop();
    },
    ...(running.pending ? { pending: () => running.pending!() } : {}),
  };
}
