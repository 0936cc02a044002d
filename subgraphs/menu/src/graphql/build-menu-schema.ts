import { buildFederatedSchema } from '@foodgraph/platform/graphql';
import type { GraphQLSchema } from 'graphql';
import { AdminDashboardResolver, menuAdminConsole } from './admin-dashboard.resolver';
import { MenuAdminResolver } from './menu-admin.resolver';
import { MenuCategoryResolver } from './menu-category.resolver';
import { menuItemReference } from './menu-item.reference';
import { MenuItemResolver } from './menu-item.resolver';
import { RestaurantAdminResolver } from './restaurant-admin.resolver';
import { restaurantReference } from './restaurant.reference';
import { RestaurantResolver } from './restaurant.resolver';
import { userReference } from './user.reference';
import { UserRestaurantsResolver } from './user.resolver';

/** The menu subgraph's Federation 2 schema. Resolvers find their services on the context. */
export function buildMenuSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      RestaurantResolver,
      RestaurantAdminResolver,
      MenuItemResolver,
      MenuCategoryResolver,
      MenuAdminResolver,
      UserRestaurantsResolver,
      AdminDashboardResolver,
      ...menuAdminConsole.resolvers,
    ],
    orphanedTypes: menuAdminConsole.orphanedTypes,
    referenceResolvers: {
      Restaurant: restaurantReference,
      MenuItem: menuItemReference,
      User: userReference,
      ...menuAdminConsole.referenceResolvers,
    },
  });
}
