import { createLogger } from '../src/logging';
import { connectNatsBus, deleteNamespaceStreams } from '../src/messaging/nats-bus';
import { describeEventBusContract } from './event-bus.contract';

const url = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const namespace = `t${Math.random().toString(36).slice(2, 8)}`;

afterAll(async () => {
  await deleteNamespaceStreams(url, namespace);
});

describeEventBusContract('NATS JetStream', {
  namespace,
  create: () => connectNatsBus({ url, namespace, logger: createLogger('event-bus-test', 'silent') }),
});
