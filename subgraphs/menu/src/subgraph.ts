import { createSubgraphServer } from '@foodgraph/platform/http';
import { createSubgraphLifecycle, systemClock, type Subgraph, type SubgraphDeps } from '@foodgraph/platform/process';
import { DEFAULT_MENU_CONFIG, type MenuConfig } from './config';
import { buildMenuSchema } from './graphql/build-menu-schema';
import type { MenuContext, MenuServices } from './graphql/context';
import { createMenuLoaders } from './graphql/loaders';
import {
  KITCHEN_STAFF_CONSUMER,
  kitchenStaffReactions,
  ORDER_STOCK_CONSUMER,
  orderStockLeavesAlone,
  orderStockReactions,
} from './reactions';
import { MenuDashboardService } from './services/admin-dashboard.service';
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
  const lifecycle = createSubgraphLifecycle({
    name: 'menu',
    dataSource: deps.dataSource,
    bus: deps.bus,
    logger,
  });
  const services: MenuServices = {
    restaurants: new RestaurantService(deps.dataSource, clock, lifecycle.outbox, settings.defaultTimeZone),
    menu: new MenuService(deps.dataSource, clock, lifecycle.outbox),
    listing: new RestaurantListingService(deps.dataSource),
    dashboard: new MenuDashboardService(deps.dataSource),
    clock,
  };
  const schema = await buildMenuSchema();
  const server = createSubgraphServer<MenuContext>({
    name: 'menu',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, loaders: createMenuLoaders(deps.dataSource) }),
    ready: () => lifecycle.ready(),
  });

  return lifecycle.assemble({
    schema,
    server,
    consumers: [
      {
        consumer: ORDER_STOCK_CONSUMER,
        handlers: orderStockReactions({ reservations: new StockReservationService(clock), logger }),
        skip: orderStockLeavesAlone,
      },
      { consumer: KITCHEN_STAFF_CONSUMER, handlers: kitchenStaffReactions() },
    ],
  });
}
