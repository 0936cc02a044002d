import { connect } from 'nats';
import { TEST_NATS_URL } from './start-supergraph';

/** One message of a JetStream stream, decoded: its subject and the event envelope. */
export interface StreamEvent {
  subject: string;
  event: { id: string; type: string; data: Record<string, unknown> };
}

/**
 * Every message the `producer` subgraph's stream of `namespace` holds, oldest first: what was
 * really published, for tests that must show an event went out exactly once. A stream that
 * does not exist (nothing published yet) reads as empty.
 */
export async function readStreamEvents(namespace: string, producer: string, natsUrl = TEST_NATS_URL): Promise<StreamEvent[]> {
  const nc = await connect({ servers: natsUrl, name: `foodgraph-test-reader-${namespace}` });
  try {
    const jsm = await nc.jetstreamManager();
    const stream = `${namespace}_${producer}`;
    const info = await jsm.streams.info(stream).catch(() => null);
    if (!info || info.state.messages === 0) return [];
    const events: StreamEvent[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
      if (message) events.push({ subject: message.subject, event: message.json<StreamEvent['event']>() });
    }
    return events;
  } finally {
    await nc.close();
  }
}

/**
 * Puts a message on its stream once more with the same envelope (same event id) under a new
 * `Nats-Msg-Id`, so JetStream keeps it: to the consumers it is the same event delivered
 * twice, as after a lost ack. Their inbox must make the second delivery change nothing.
 */
export async function redeliverStreamEvent(message: StreamEvent, natsUrl = TEST_NATS_URL): Promise<void> {
  const nc = await connect({ servers: natsUrl, name: 'foodgraph-test-redelivery' });
  try {
    await nc.jetstream().publish(message.subject, JSON.stringify(message.event), { msgID: `redelivery-${message.event.id}-${Date.now()}` });
  } finally {
    await nc.close();
  }
}
