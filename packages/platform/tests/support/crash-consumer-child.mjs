// A consumer process for event-bus.nats-crash-recovery.test.ts, run from the built package
// (dist) as a real subgraph process would be. It reports on stdout, one JSON object a line;
// the event named by HANG_ID hangs on its first delivery, so the test can kill -9 the process
// while it holds that event.
import { createLogger } from '@foodgraph/platform/logging';
import { connectNatsBus, readNatsBusConfig } from '@foodgraph/platform/messaging';

const { NATS_URL, NS, PRODUCER, HANG_ID } = process.env;
const say = (line) => process.stdout.write(`${JSON.stringify({ ...line, at: Date.now() })}\n`);

const bus = await connectNatsBus({
  ...readNatsBusConfig(process.env),
  url: NATS_URL,
  namespace: NS,
  logger: createLogger('crash-child', 'warn'),
});
say({ connected: true });
await bus.consume({
  consumer: 'crash-recovery',
  types: [`${PRODUCER}.order.changed`],
  handle: async (message) => {
    const { id } = message.payload;
    if (id === HANG_ID && message.attempt === 1) {
      say({ started: id });
      await new Promise(() => undefined);
    }
    say({ handled: id, attempt: message.attempt });
  },
  deadLetter: async () => undefined,
});
say({ ready: true });
