import { AdminDashboardResolver, feedbackAdminConsole } from './admin-dashboard.resolver';
import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@foodgraph/platform/graphql';
import type { GraphQLSchema } from 'graphql';
import { CourierRatingResolver } from './courier-rating.resolver';
import { courierReference } from './courier.reference';
import { OrderReviewResolver } from './order-review.resolver';
import { orderReference } from './order.reference';
import { RestaurantReviewsResolver } from './restaurant-reviews.resolver';
import { restaurantReference } from './restaurant.reference';
import { ReviewMutationResolver } from './review-mutation.resolver';
import { ReviewResolver } from './review.resolver';
import { reviewReference } from './review.reference';

/**
 * The feedback subgraph schema. Resolvers find their services in the request context, so the
 * schema is built without a database or bus (composition and the schema check use this).
 */
export function buildFeedbackSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      ReviewResolver,
      ReviewMutationResolver,
      RestaurantReviewsResolver,
      CourierRatingResolver,
      OrderReviewResolver,
      AdminDashboardResolver,
      ...feedbackAdminConsole.resolvers,
    ],
    orphanedTypes: feedbackAdminConsole.orphanedTypes,
    referenceResolvers: {
      Review: reviewReference,
      Restaurant: restaurantReference,
      Courier: courierReference,
      Order: orderReference,
      ...feedbackAdminConsole.referenceResolvers,
    },
  });
}

/** The subgraph SDL as checked in at `subgraphs/feedback/schema.graphql`. */
export async function emitFeedbackSchema(): Promise<string> {
  return printSubgraphSchema(await buildFeedbackSchema());
}
