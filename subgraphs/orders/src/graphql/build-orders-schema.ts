import { AdminDashboardResolver, ordersAdminConsole } from './admin-dashboard.resolver';
import { CouponResolver, OrderCouponResolver } from './coupon.resolver';
import { printSubgraphSchema } from '@apollo/subgraph';
import { BasketResolver } from './basket.resolver';
import { buildFederatedSchema } from '@foodgraph/platform/graphql';
import type { GraphQLSchema } from 'graphql';
import { OrderMutationResolver } from './order-mutation.resolver';
import { OrderSubscriptionResolver } from './order-subscription.resolver';
import { orderReference } from './order.reference';
import { OrderResolver } from './order.resolver';
import { PaymentResolver } from './payment.resolver';
import { RestaurantOrdersResolver } from './restaurant-orders.resolver';
import { restaurantReference } from './restaurant.reference';
import { UserOrdersResolver } from './user-orders.resolver';
import { userReference } from './user.reference';

/**
 * The orders subgraph schema. Resolvers find their services in the request context, so the
 * schema is built without a database or bus (composition and the schema check use this).
 */
export function buildOrdersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      OrderResolver,
      PaymentResolver,
      OrderMutationResolver,
      OrderSubscriptionResolver,
      UserOrdersResolver,
      RestaurantOrdersResolver,
      AdminDashboardResolver,
      CouponResolver,
      OrderCouponResolver,
      BasketResolver,
      ...ordersAdminConsole.resolvers,
    ],
    orphanedTypes: ordersAdminConsole.orphanedTypes,
    referenceResolvers: {
      Order: orderReference,
      User: userReference,
      Restaurant: restaurantReference,
      ...ordersAdminConsole.referenceResolvers,
    },
  });
}

/** The subgraph SDL as checked in at `subgraphs/orders/schema.graphql`. */
export async function emitOrdersSchema(): Promise<string> {
  return printSubgraphSchema(await buildOrdersSchema());
}
