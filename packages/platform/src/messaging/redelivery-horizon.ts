import { DEFAULT_MAX_DELIVERIES, deliveryPolicyOf } from './bus-delivery-policy';
import { DEFAULT_ACK_WAIT_MS } from './nats-bus';
import { DUPLICATE_WINDOW_MS } from './nats-streams';

/**
 * The longest one message keeps being delivered by a consumer with the bus defaults: at most
 * `DEFAULT_MAX_DELIVERIES` deliveries (a later one is dead-lettered without reaching the
 * handler, see nats-durable-consumer.ts), each ended at the latest by the server's ack wait
 * (the process died holding it) or by a nak plus its backoff delay.
 */
export const REDELIVERY_SPAN_MS =
  DEFAULT_MAX_DELIVERIES * DEFAULT_ACK_WAIT_MS +
  Array.from({ length: DEFAULT_MAX_DELIVERIES - 1 }, (_, i) => deliveryPolicyOf({}).delayAfter(i + 1)).reduce((sum, ms) => sum + ms, 0);

/**
 * How long after a consumer handled an event the bus may, on its own timers, still hand it a
 * copy: 2 min (duplicate window) + 5 × 5 s (ack wait) + 21.2 s (backoff) ≈ 2 min 46 s today.
 *
 * An inbox row is what turns such a copy into a no-op, so it must outlive every way a copy can
 * come back:
 * - JetStream redelivers a message whose ack it never saw (the process died between the
 *   handler's commit and the ack, or the ack was lost): for up to {@link REDELIVERY_SPAN_MS}
 *   while a consumer runs — `max_deliver` is unlimited on the server, the bus counts.
 * - The relay publishes an event again when marking it published failed. JetStream drops that
 *   copy by its `Nats-Msg-Id` inside `DUPLICATE_WINDOW_MS`; a copy published after the window
 *   is stored as a new message, and may itself be redelivered for a whole span.
 * Past this horizon a copy only comes after an outage: a consumer that was down (its held
 * message is redelivered as soon as it is back), a relay whose database was unreachable for
 * longer than the window, or a durable consumer deleted by hand, which is recreated from the
 * start of its stream (streams keep events forever unless `NATS_STREAM_MAX_AGE` says otherwise) and
 * replays what it holds. The inbox retention is therefore days, not minutes:
 * {@link MIN_INBOX_RETENTION_MS} only refuses settings that would not even cover the bus's own
 * timers with a margin, and an outage longer than the retention means copies of events older
 * than the retention are handled again.
 */
export const REDELIVERY_HORIZON_MS = DUPLICATE_WINDOW_MS + REDELIVERY_SPAN_MS;

/** The shortest inbox retention accepted: an hour, and never under ten horizons. */
export const MIN_INBOX_RETENTION_MS = Math.max(3_600_000, 10 * REDELIVERY_HORIZON_MS);
