import {
  createPubSub,
  createSubgraphServer,
  startConsumer,
  startOutboxRelay,
  systemClock,
  type ConsumerHandle,
  type OutboxRelay,
  type Subgraph,
  type SubgraphDeps,
} from '@foodgraph/platform';
import { DEFAULT_ORDERS_CONFIG, type OrdersConfig } from './config';
import { buildOrdersSchema } from './graphql/build-orders-schema';
import type { OrdersContext } from './graphql/context';
import { createOrdersLoaders } from './graphql/loaders';
import { sandboxWebhookRoute } from './http/sandbox-webhook.route';
import type { PaymentProvider } from './payments/payment-provider';
import { createSandboxProvider } from './payments/sandbox-provider';
import { ordersConsumers } from './reactions';
import { startDeadlinePoller, type DeadlinePoller } from './services/deadline-poller';
import { startKitchenSimulator, type KitchenSimulator } from './services/kitchen-simulator';
import { OrderCommandsService } from './services/order-commands.service';
import { OrderDeadlinesService } from './services/order-deadlines.service';
import { OrderReadsService } from './services/order-reads.service';
import { OrderSagaService } from './services/order-saga.service';
import { OrderTransitionsService } from './services/order-transitions.service';
import type { OrdersServices } from './services/orders-services';
import { PaymentService } from './services/payment.service';
import { PlaceOrderService } from './services/place-order.service';

/** What `createOrdersSubgraph` needs: the common dependencies plus the orders settings. */
export interface OrdersSubgraphDeps extends SubgraphDeps {
  /** @default `DEFAULT_ORDERS_CONFIG` (the defaults of `readOrdersConfig({})`) */
  config?: Partial<OrdersConfig>;
  /** The payment provider. @default the sandbox provider with `config.sandboxWebhookSecret` */
  paymentProvider?: PaymentProvider;
}

/**
 * The orders subgraph over injected dependencies: orders, their saga with menu (stock) and
 * delivery (courier progress), QR payments through a provider, and durable timeouts. Between
 * `start()` and `stop()` it runs the outbox relay, three durable consumers (the menu read model,
 * the saga and the live updates behind `orderUpdated` / `restaurantOrderFeed`, served over
 * graphql-ws), the deadline poller and, when configured, the demo kitchen simulator; any number
 * of replicas may run side by side (with `deps.pubsub` on Redis, a change reaches the
 * subscribers of every replica).
 */
export async function createOrdersSubgraph(deps: OrdersSubgraphDeps): Promise<Subgraph> {
  const config: OrdersConfig = { ...DEFAULT_ORDERS_CONFIG, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const { dataSource, bus } = deps;
  const logger = deps.logger.child({ subgraph: 'orders' });
  // Without a shared pub/sub (a test, a lone replica) the subgraph keeps an in-memory one.
  const ownPubsub = deps.pubsub ? null : createPubSub({ namespace: deps.namespace, logger });
  const pubsub = deps.pubsub ?? ownPubsub!;
  const provider =
    deps.paymentProvider ??
    createSandboxProvider({ webhookSecret: config.sandboxWebhookSecret, toleranceMs: config.sandboxWebhookToleranceMs });

  let relay: OutboxRelay | null = null;
  let poller: DeadlinePoller | null = null;
  let kitchen: KitchenSimulator | null = null;
  let consumers: ConsumerHandle[] = [];
  // Services exist before start() creates the relay; they nudge whichever relay is running.
  const outbox = { nudge: () => relay?.nudge() };
  const timeouts = { paymentTimeoutMs: config.paymentTimeoutMs, acceptTimeoutMs: config.acceptTimeoutMs };
  const transitions = new OrderTransitionsService(timeouts, logger);
  const payments = new PaymentService(dataSource, provider, transitions, outbox, clock, logger);
  const deadlines = new OrderDeadlinesService(transitions, payments, clock);
  const services: OrdersServices = {
    placing: new PlaceOrderService(dataSource, outbox, clock),
    commands: new OrderCommandsService(dataSource, transitions, payments, outbox, clock),
    reads: new OrderReadsService(dataSource),
    payments,
    clock,
  };
  const consumerSpecs = ordersConsumers({ saga: new OrderSagaService(transitions, payments, timeouts, clock, logger), pubsub });

  const schema = await buildOrdersSchema();
  const server = createSubgraphServer<OrdersContext>({
    name: 'orders',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({
      ...base,
      services,
      loaders: createOrdersLoaders(dataSource),
      newLoaders: () => createOrdersLoaders(dataSource),
      pubsub,
    }),
    routes: [sandboxWebhookRoute(provider, payments, clock, logger)],
    ready: async () => {
      await dataSource.query('SELECT 1');
      return consumers.length === consumerSpecs.length;
    },
    subscriptions: true,
  });

  return {
    name: 'orders',
    schema,
    subscriptions: server.subscriptions,
    async start(port, host) {
      relay ??= startOutboxRelay(dataSource, bus, logger, { pollMs: config.outboxPollMs });
      if (consumers.length === 0) {
        const started: ConsumerHandle[] = [];
        for (const spec of consumerSpecs) started.push(await startConsumer(dataSource, bus, logger, spec));
        consumers = started;
      }
      poller ??= startDeadlinePoller({
        dataSource,
        handle: (manager, deadline, order, emit) => deadlines.fire(manager, deadline, order, emit),
        clock,
        logger,
        intervalMs: config.deadlinePollMs,
        onCommitted: () => relay?.nudge(),
      });
      if (config.kitchenSimulatorMs > 0) {
        kitchen ??= startKitchenSimulator({
          dataSource,
          transitions,
          outbox,
          clock,
          logger,
          stepMs: config.kitchenSimulatorMs,
          restaurantIds: config.kitchenSimulatorRestaurants,
        });
      }
      return server.listen(port, host);
    },
    async stop() {
      await server.stop();
      await Promise.all(consumers.map((c) => c.stop()));
      consumers = [];
      await kitchen?.stop();
      kitchen = null;
      await poller?.stop();
      poller = null;
      await relay?.stop();
      relay = null;
      await ownPubsub?.close();
    },
  };
}
