import { createSubgraphServer } from '@foodgraph/platform/http';
import { createSubgraphLifecycle, systemClock, type Subgraph, type SubgraphDeps } from '@foodgraph/platform/process';
import { createPubSub } from '@foodgraph/platform/subscriptions';
import { DEFAULT_ORDERS_CONFIG, type OrdersConfig } from './config';
import { buildOrdersSchema } from './graphql/build-orders-schema';
import type { OrdersContext } from './graphql/context';
import { createOrdersLoaders } from './graphql/loaders';
import { paymentWebhookRoute } from './http/payment-webhook.route';
import { createPaymentProvider } from './payments/create-payment-provider';
import type { PaymentProvider } from './payments/payment-provider';
import { ordersConsumers } from './reactions';
import { startDeadlinePoller } from './services/deadline-poller.worker';
import { startKitchenSimulator } from './services/kitchen-simulator.worker';
import { OrdersDashboardService } from './services/admin-dashboard.service';
import { CouponService } from './services/coupon.service';
import { BasketCheckoutService } from './services/basket-checkout.service';
import { createMemoryBasketStore } from './services/basket-store';
import { BasketService } from './services/basket.service';
import { OrderCommandsService } from './services/order-commands.service';
import { OrderDeadlinesService } from './services/order-deadlines.service';
import { OrderReadsService } from './services/order-reads.service';
import { OrderSagaService } from './services/order-saga.service';
import { OrderTransitionsService } from './services/order-transitions.service';
import type { OrdersServices } from './services/orders-services';
import { PaymentService } from './services/payment.service';
import { PaymentTransactionLog } from './services/payment-transactions';
import { PlaceOrderService } from './services/place-order.service';
import { RefundService } from './services/refund.service';
import { createRedisBasketStore } from './services/redis-basket-store';

/** What `createOrdersSubgraph` needs: the common dependencies plus the orders settings. */
export interface OrdersSubgraphDeps extends SubgraphDeps {
  /** @default `DEFAULT_ORDERS_CONFIG` (the defaults of `readOrdersConfig({})`) */
  config?: Partial<OrdersConfig>;
  /** The payment provider. @default the one `config.paymentProvider` names (the sandbox by default) */
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
  const provider = deps.paymentProvider ?? createPaymentProvider(config);

  const lifecycle = createSubgraphLifecycle({ name: 'orders', dataSource, bus, logger, outboxPollMs: config.outboxPollMs });
  const outbox = lifecycle.outbox;
  const timeouts = {
    paymentTimeoutMs: config.paymentTimeoutMs,
    acceptTimeoutMs: config.acceptTimeoutMs,
    scheduledLeadTimeMs: config.scheduledLeadTimeMs,
  };
  const transitions = new OrderTransitionsService(timeouts, logger);
  const payments = new PaymentService(dataSource, provider, transitions, outbox, clock, logger);
  const paymentLog = new PaymentTransactionLog(dataSource, provider.name, clock, logger);
  const coupons = new CouponService(dataSource, clock, logger);
  const deadlines = new OrderDeadlinesService(transitions, new RefundService(provider, clock, logger), clock);
  const placing = new PlaceOrderService(dataSource, outbox, clock, logger, {
    minAheadMs: config.scheduledMinAheadMs,
    maxAheadMs: config.scheduledMaxAheadMs,
  });
  // Baskets in Redis when there is one, so every replica sees the same basket; else in memory.
  const baskets = deps.redisUrl
    ? createRedisBasketStore({ redisUrl: deps.redisUrl, namespace: deps.namespace, idleTtlMs: config.basketIdleTtlMs, logger })
    : createMemoryBasketStore({ idleTtlMs: config.basketIdleTtlMs, clock });
  const services: OrdersServices = {
    placing,
    basket: new BasketService(dataSource, baskets, coupons, clock),
    checkout: new BasketCheckoutService(dataSource, baskets, placing, clock, logger),
    commands: new OrderCommandsService(dataSource, transitions, payments, outbox, clock, logger),
    reads: new OrderReadsService(dataSource, clock),
    dashboard: new OrdersDashboardService(dataSource),
    coupons,
    payments,
    paymentLog,
    clock,
  };

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
    routes: [paymentWebhookRoute({ provider, payments, log: paymentLog, clock, logger })],
    ready: lifecycle.ready,
    subscriptions: true,
  });

  return lifecycle.assemble({
    schema,
    server,
    consumers: ordersConsumers({ saga: new OrderSagaService(transitions, payments, timeouts, clock, logger), pubsub }),
    workers: [
      () =>
        startDeadlinePoller({
          dataSource,
          handle: (manager, deadline, order, emit) => deadlines.fire(manager, deadline, order, emit),
          outbox,
          clock,
          logger,
          intervalMs: config.deadlinePollMs,
        }),
      () =>
        config.kitchenSimulatorMs > 0
          ? startKitchenSimulator({
              dataSource,
              transitions,
              outbox,
              clock,
              logger,
              stepMs: config.kitchenSimulatorMs,
              restaurantIds: config.kitchenSimulatorRestaurants,
            })
          : null,
    ],
    release: async () => {
      await Promise.all([ownPubsub?.close(), baskets.close()]);
    },
  });
}
