import { createLogger } from '../src/logging';
import { createInProcessBus } from '../src/messaging/in-process-bus';
import { describeEventBusContract } from './event-bus.contract';

const namespace = `t${Math.random().toString(36).slice(2, 8)}`;

describeEventBusContract('in-process', {
  namespace,
  create: async () => createInProcessBus({ namespace, logger: createLogger('event-bus-test', 'silent') }),
});
