import {
  createSubgraphServer,
  startConsumer,
  startOutboxRelay,
  systemClock,
  type ConsumerHandle,
  type OutboxRelay,
  type Subgraph,
  type SubgraphDeps,
} from '@foodgraph/platform';
import { DEFAULT_MENU_CONFIG, type MenuConfig } from './config';
import { buildMenuSchema } from './graphql/build-menu-schema';
import type { MenuContext, MenuServices } from './graphql/context';
import { createMenuLoaders } from './graphql/loaders';
import { nudgeAfterHandling, ORDER_STOCK_CONSUMER, orderStockReactions } from './reactions';
import { MenuService } from './services/menu.service';
import { RestaurantListingService } from './services/restaurant-listing.service';
import { RestaurantService } from './services/restaurant.service';
import { StockReservationService } from './services/stock-reservation.service';

/** What the menu subgraph needs: the shared dependencies plus its own settings. */
export interface MenuSubgraphDeps extends SubgraphDeps {
  /** @default DEFAULT_MENU_CONFIG (UTC as the default restaurant time zone) */
  config?: Partial<MenuConfig>;
}

/**
 * The menu subgraph over injected dependencies: restaurants, menus and `User.restaurants`.
 * It produces `menu.restaurant.changed`, `menu.item.changed` and the `menu.stock.*` answers of
 * the order saga through its outbox, and consumes `orders.order.*` to reserve and release
 * stock (consumer `menu-order-stock`); relay and consumer run between `start()` and `stop()`.
 */
export async function createMenuSubgraph(deps: MenuSubgraphDeps): Promise<Subgraph> {
  const settings: MenuConfig = { ...DEFAULT_MENU_CONFIG, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger.child({ subgraph: 'menu' });
  let relay: OutboxRelay | null = null;
  let consumer: ConsumerHandle | null = null;
  // Services exist before the relay starts; they nudge whichever relay is running.
  const nudger = { nudge: () => relay?.nudge() };
  const services: MenuServices = {
    restaurants: new RestaurantService(deps.dataSource, clock, nudger, settings.defaultTimeZone),
    menu: new MenuService(deps.dataSource, clock, nudger),
    listing: new RestaurantListingService(deps.dataSource),
    clock,
  };
  const stockReactions = orderStockReactions({ reservations: new StockReservationService(clock), logger });
  const schema = await buildMenuSchema();
  const server = createSubgraphServer<MenuContext>({
    name: 'menu',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, loaders: createMenuLoaders(deps.dataSource) }),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
      return consumer !== null;
    },
  });

  return {
    name: 'menu',
    schema,
    async start(port, host) {
      relay ??= startOutboxRelay(deps.dataSource, deps.bus, logger);
      consumer ??= await startConsumer(deps.dataSource, nudgeAfterHandling(deps.bus, nudger), logger, {
        consumer: ORDER_STOCK_CONSUMER,
        handlers: stockReactions,
      });
      return server.listen(port, host);
    },
    async stop() {
      await server.stop();
      // The consumer first: the message in hand finishes and its answers reach the outbox.
      await consumer?.stop();
      consumer = null;
      await relay?.stop();
      relay = null;
    },
  };
}
