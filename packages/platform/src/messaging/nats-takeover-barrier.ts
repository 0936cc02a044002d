import type { ConsumerInfo, JetStreamManager } from 'nats';
import type { TakeoverBarrier } from './keyed-scheduler';
import type { DurableSpec } from './nats-durable-config';

/** Past this many messages between ack floor and last delivery, every key waits instead. */
const MAX_MESSAGES_READ = 2000;
/** Slack after the ack wait for the server's redelivery timer and the trip back. */
const DEADLINE_SLACK_MS = 1000;

/**
 * What a new holder of a durable must not overtake. A holder that died (kill -9) or lost its
 * lease left messages unacknowledged; the server hands them out again only when their ack wait
 * runs out, while messages behind them flow at once. So before pulling, the new holder reads
 * the durable's window of possibly unacknowledged messages (after the ack floor, up to the
 * last delivered) and learns their keys: only those keys wait — until their old messages came
 * back and were handled here, or until the ack wait (plus slack) is over, by which time the
 * server has redelivered whatever was not acknowledged (the rest were acked, out of order,
 * after the floor). Every other key proceeds at once. Returns null when nothing is in flight.
 */
export async function readTakeoverBarrier(
  jsm: JetStreamManager,
  stream: string,
  spec: Omit<DurableSpec, 'stream'>,
  info: ConsumerInfo | null,
  keyOf: (payload: unknown) => string,
): Promise<TakeoverBarrier | null> {
  if (!info || info.num_ack_pending === 0) return null;
  const from = info.ack_floor.stream_seq + 1;
  const to = info.delivered.stream_seq;
  const deadline = Date.now() + spec.ackWaitMs + DEADLINE_SLACK_MS;
  if (to - from + 1 > MAX_MESSAGES_READ) return { aboveSeq: to, outstanding: null, deadline };
  const outstanding = new Map<string, Set<number>>();
  const seqs = Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => from + i);
  const stored = await Promise.all(seqs.map((seq) => jsm.streams.getMessage(stream, { seq }).catch(() => null)));
  for (const message of stored) {
    if (!message || !subjectMatches(spec.filterSubject, message.subject)) continue;
    let payload: unknown;
    try {
      payload = message.json<unknown>();
    } catch {
      payload = undefined;
    }
    const key = keyOf(payload);
    const set = outstanding.get(key) ?? new Set<number>();
    set.add(message.seq);
    outstanding.set(key, set);
  }
  return { aboveSeq: to, outstanding, deadline };
}

/** NATS subject matching with `*` (one token) and `>` (the rest). */
export function subjectMatches(filter: string, subject: string): boolean {
  const want = filter.split('.');
  const got = subject.split('.');
  for (let i = 0; i < want.length; i++) {
    if (want[i] === '>') return got.length > i;
    if (i >= got.length || (want[i] !== '*' && want[i] !== got[i])) return false;
  }
  return want.length === got.length;
}
