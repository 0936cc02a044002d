import { createSubgraphServer } from '@foodgraph/platform/http';
import { createSubgraphLifecycle, systemClock, type Subgraph, type SubgraphDeps } from '@foodgraph/platform/process';
import { createPubSub } from '@foodgraph/platform/subscriptions';
import { DEFAULT_DELIVERY_CONFIG, defaultReofferCooldown, type DeliveryConfig } from './config';
import { publishCourierLocation, type CourierLocationEvent } from './events/live-triggers';
import { buildDeliverySchema } from './graphql/build-delivery-schema';
import type { DeliveryContext } from './graphql/context';
import { deliveryConsumers } from './reactions';
import { DeliveryDashboardService } from './services/admin-dashboard.service';
import { CourierService } from './services/courier.service';
import { DeliveryCommandsService } from './services/delivery-commands.service';
import { DeliveryLifecycleService } from './services/delivery-lifecycle.service';
import { DeliveryReadsService } from './services/delivery-reads.service';
import type { DeliveryServices } from './services/delivery-services';
import { DispatchService } from './services/dispatch.service';
import { startDispatchPoller, type DispatchPoller } from './services/dispatch-poller.worker';
import { EarningsService } from './services/earnings.service';
import { ReadModelService } from './services/read-model.service';

/** What `createDeliverySubgraph` needs: the common dependencies plus the delivery settings. */
export interface DeliverySubgraphDeps extends SubgraphDeps {
  /** @default `DEFAULT_DELIVERY_CONFIG` (the defaults of `readDeliveryConfig({})`) */
  config?: Partial<DeliveryConfig>;
}

/**
 * The delivery subgraph over injected dependencies: couriers, dispatch of accepted orders
 * with durable offer timeouts, pick-up and drop-off (which move the order), location trails,
 * ETAs and earnings, with `deliveryOffers` and `courierLocation` served over graphql-ws.
 * Between `start()` and `stop()` it runs the outbox relay, three durable consumers (read
 * models; orders; the live updates behind `deliveryOffers`) and the dispatch poller; any
 * number of replicas may run side by side (with `deps.pubsub` on Redis, news reaches the
 * subscribers of every replica).
 */
export async function createDeliverySubgraph(deps: DeliverySubgraphDeps): Promise<Subgraph> {
  const config: DeliveryConfig = {
    ...DEFAULT_DELIVERY_CONFIG,
    ...deps.config,
    // Unless given, the cool-down follows the offer timeout actually in use.
    reofferCooldownMs:
      deps.config?.reofferCooldownMs ?? defaultReofferCooldown(deps.config?.offerTimeoutMs ?? DEFAULT_DELIVERY_CONFIG.offerTimeoutMs),
  };
  const clock = deps.clock ?? systemClock;
  const { dataSource, bus } = deps;
  const logger = deps.logger.child({ subgraph: 'delivery' });
  // Without a shared pub/sub (a test, a lone replica) the subgraph keeps an in-memory one.
  const ownPubsub = deps.pubsub ? null : createPubSub({ namespace: deps.namespace, logger });
  const pubsub = deps.pubsub ?? ownPubsub!;
  const locations = {
    locationRecorded: (event: CourierLocationEvent) =>
      void publishCourierLocation(pubsub, event).catch((err: unknown) =>
        logger.warn({ err, orderId: event.orderId }, 'could not publish a courier location'),
      ),
  };

  const lifecycle = createSubgraphLifecycle({ name: 'delivery', dataSource, bus, logger, outboxPollMs: config.outboxPollMs });
  let poller: DispatchPoller | null = null;
  // Services exist before start() creates the poller; they nudge whichever one is running.
  const dispatch = { nudge: () => poller?.nudge() };
  const dispatcher = new DispatchService({
    offerTimeoutMs: config.offerTimeoutMs,
    reofferCooldownMs: config.reofferCooldownMs,
    clock,
    logger,
  });
  const reads = new DeliveryReadsService(dataSource);
  const services: DeliveryServices = {
    couriers: new CourierService(
      dataSource,
      dispatcher,
      dispatch,
      { perSecond: config.pingsPerSecond, burst: config.pingBurst },
      clock,
      locations,
    ),
    deliveries: new DeliveryCommandsService(dataSource, dispatcher, lifecycle.outbox, dispatch, config.earnings, clock, logger),
    reads,
    earnings: new EarningsService(dataSource, config.earnings),
    dashboard: new DeliveryDashboardService(dataSource),
    clock,
  };

  const schema = await buildDeliverySchema();
  const server = createSubgraphServer<DeliveryContext>({
    name: 'delivery',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, pubsub }),
    ready: () => lifecycle.ready(),
    subscriptions: true,
  });

  return lifecycle.assemble({
    schema,
    server,
    consumers: deliveryConsumers({
      readModels: new ReadModelService(),
      lifecycle: new DeliveryLifecycleService(dispatcher, clock, logger),
      pubsub,
    }),
    workers: [
      () => {
        poller = startDispatchPoller({
          dataSource,
          dispatcher,
          outbox: lifecycle.outbox,
          clock,
          logger,
          intervalMs: config.dispatchPollMs,
        });
        return poller;
      },
    ],
    release: async () => {
      await ownPubsub?.close();
    },
  });
}
