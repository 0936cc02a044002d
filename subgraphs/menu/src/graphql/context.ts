import type { RequestContext } from '@foodgraph/platform/graphql';
import type { Clock } from '@foodgraph/platform/process';
import type { MenuDashboardService } from '../services/admin-dashboard.service';
import type { MenuService } from '../services/menu.service';
import type { RestaurantListingService } from '../services/restaurant-listing.service';
import type { RestaurantService } from '../services/restaurant.service';
import type { MenuLoaders } from './loaders';

/** The subgraph's services, created once per subgraph instance. */
export interface MenuServices {
  restaurants: RestaurantService;
  menu: MenuService;
  listing: RestaurantListingService;
  dashboard: MenuDashboardService;
  /** "Now" for opening hours; injected so tests can fix the time. */
  clock: Clock;
}

/** What every menu resolver receives: the verified identity plus services and per-request loaders. */
export interface MenuContext extends RequestContext {
  services: MenuServices;
  loaders: MenuLoaders;
}
