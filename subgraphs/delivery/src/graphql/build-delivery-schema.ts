import { AdminDashboardResolver, deliveryAdminConsole } from './admin-dashboard.resolver';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@foodgraph/platform/graphql';
import type { GraphQLSchema } from 'graphql';
import { CourierMutationResolver } from './courier-mutation.resolver';
import { courierReference } from './courier.reference';
import { CourierResolver } from './courier.resolver';
import { DeliveryMutationResolver } from './delivery-mutation.resolver';
import { DeliverySubscriptionResolver } from './delivery-subscription.resolver';
import { deliveryReference } from './delivery.reference';
import { DeliveryResolver } from './delivery.resolver';
import { OrderDeliveryResolver, UserCourierResolver } from './entity-contributions.resolver';
import { orderReference } from './order.reference';
import { userReference } from './user.reference';

/**
 * The delivery subgraph schema. Resolvers find their services in the request context, so the
 * schema is built without a database or bus (composition and the schema check use this).
 */
export function buildDeliverySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      CourierResolver,
      CourierMutationResolver,
      DeliveryResolver,
      DeliveryMutationResolver,
      DeliverySubscriptionResolver,
      UserCourierResolver,
      OrderDeliveryResolver,
      AdminDashboardResolver,
      ...deliveryAdminConsole.resolvers,
    ],
    orphanedTypes: deliveryAdminConsole.orphanedTypes,
    referenceResolvers: {
      Courier: courierReference,
      Delivery: deliveryReference,
      User: userReference,
      Order: orderReference,
      ...deliveryAdminConsole.referenceResolvers,
    },
  });
}

/** The subgraph SDL as checked in at `subgraphs/delivery/schema.graphql`. */
export async function emitDeliverySchema(): Promise<string> {
  return printSubgraphSchema(await buildDeliverySchema());
}
