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
import { DEFAULT_DELIVERY_CONFIG, defaultReofferCooldown, type DeliveryConfig } from './config';
import { publishCourierLocation, type CourierLocationEvent } from './events/live-triggers';
import { buildDeliverySchema } from './graphql/build-delivery-schema';
import type { DeliveryContext } from './graphql/context';
import { deliveryConsumers } from './reactions';
import { CourierService } from './services/courier.service';
import { DeliveryCommandsService } from './services/delivery-commands.service';
import { DeliveryLifecycleService } from './services/delivery-lifecycle.service';
import { DeliveryReadsService } from './services/delivery-reads.service';
import type { DeliveryServices } from './services/delivery-services';
import { DispatchService } from './services/dispatch.service';
import { startDispatchPoller, type DispatchPoller } from './services/dispatch-poller';
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

  let relay: OutboxRelay | null = null;
  let poller: DispatchPoller | null = null;
  let consumers: ConsumerHandle[] = [];
  // Services exist before start() creates the relay and poller; they nudge whichever is running.
  const outbox = { nudge: () => relay?.nudge() };
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
    deliveries: new DeliveryCommandsService(dataSource, dispatcher, outbox, dispatch, config.earnings, clock),
    reads,
    earnings: new EarningsService(dataSource, config.earnings),
    clock,
  };
  const consumerRegistrations = deliveryConsumers({
    readModels: new ReadModelService(),
    lifecycle: new DeliveryLifecycleService(dispatcher, clock, logger),
    pubsub,
  });

  const schema = await buildDeliverySchema();
  const server = createSubgraphServer<DeliveryContext>({
    name: 'delivery',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, pubsub }),
    ready: async () => {
      await dataSource.query('SELECT 1');
      return consumers.length === consumerRegistrations.length;
    },
    subscriptions: true,
  });

  return {
    name: 'delivery',
    schema,
    subscriptions: server.subscriptions,
    async start(port, host) {
      relay ??= startOutboxRelay(dataSource, bus, logger, { pollMs: config.outboxPollMs });
      if (consumers.length === 0) {
        const started: ConsumerHandle[] = [];
        for (const registration of consumerRegistrations) started.push(await startConsumer(dataSource, bus, logger, registration));
        consumers = started;
      }
      poller ??= startDispatchPoller({ dataSource, dispatcher, outbox, clock, logger, intervalMs: config.dispatchPollMs });
      return server.listen(port, host);
    },
    async stop() {
      await server.stop();
      await Promise.all(consumers.map((c) => c.stop()));
      consumers = [];
      await poller?.stop();
      poller = null;
      await relay?.stop();
      relay = null;
      await ownPubsub?.close();
    },
  };
}
