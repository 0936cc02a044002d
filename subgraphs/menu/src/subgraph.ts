import {
  createSubgraphServer,
  startOutboxRelay,
  systemClock,
  type OutboxRelay,
  type Subgraph,
  type SubgraphDeps,
} from '@foodgraph/platform';
import { DEFAULT_MENU_CONFIG, type MenuConfig } from './config';
import type { MenuContext, MenuServices } from './graphql/context';
import { createMenuLoaders } from './graphql/loaders';
import { buildMenuSchema } from './graphql/schema';
import { MenuService } from './services/menu.service';
import { RestaurantListing } from './services/restaurant-listing';
import { RestaurantService } from './services/restaurant.service';

/** What the menu subgraph needs: the shared dependencies plus its own settings. */
export interface MenuSubgraphDeps extends SubgraphDeps {
  /** @default DEFAULT_MENU_CONFIG (UTC as the default restaurant time zone) */
  config?: Partial<MenuConfig>;
}

/**
 * The menu subgraph over injected dependencies: restaurants, menus and `User.restaurants`.
 * It produces `menu.restaurant.changed` and `menu.item.changed` through its outbox, whose
 * relay runs between `start()` and `stop()`; it consumes no events.
 */
export async function createMenuSubgraph(deps: MenuSubgraphDeps): Promise<Subgraph> {
  const settings: MenuConfig = { ...DEFAULT_MENU_CONFIG, ...deps.config };
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger.child({ subgraph: 'menu' });
  let relay: OutboxRelay | null = null;
  // Services exist before the relay starts; they nudge whichever relay is running.
  const nudger = { nudge: () => relay?.nudge() };
  const services: MenuServices = {
    restaurants: new RestaurantService(deps.dataSource, clock, nudger, settings.defaultTimeZone),
    menu: new MenuService(deps.dataSource, clock, nudger),
    listing: new RestaurantListing(deps.dataSource),
    clock,
  };
  const schema = await buildMenuSchema();
  const server = createSubgraphServer<MenuContext>({
    name: 'menu',
    schema,
    routerSecret: deps.routerSecret,
    logger,
    createContext: (base) => ({ ...base, services, loaders: createMenuLoaders(deps.dataSource) }),
    ready: async () => {
      await deps.dataSource.query('SELECT 1');
      return true;
    },
  });

  return {
    name: 'menu',
    schema,
    async start(port, host) {
      relay ??= startOutboxRelay(deps.dataSource, deps.bus, logger);
      return server.listen(port, host);
    },
    async stop() {
      await server.stop();
      await relay?.stop();
      relay = null;
    },
  };
}
