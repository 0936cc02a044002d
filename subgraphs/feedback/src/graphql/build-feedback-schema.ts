import { printSubgraphSchema } from '@apollo/subgraph';
import { buildFederatedSchema } from '@foodgraph/platform';
import type { GraphQLSchema } from 'graphql';
import type { FeedbackContext } from './context';
import { CourierRatingResolver } from './courier-rating.resolver';
import { OrderReviewResolver } from './order-review.resolver';
import { feedbackReferenceResolvers } from './references';
import { RestaurantReviewsResolver } from './restaurant-reviews.resolver';
import { ReviewMutationResolver } from './review-mutation.resolver';
import { ReviewResolver } from './review.resolver';

/**
 * The feedback subgraph schema. Resolvers find their services in the request context, so the
 * schema is built without a database or bus (composition and the schema check use this).
 */
export function buildFeedbackSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<FeedbackContext>({
    resolvers: [ReviewResolver, ReviewMutationResolver, RestaurantReviewsResolver, CourierRatingResolver, OrderReviewResolver],
    referenceResolvers: feedbackReferenceResolvers,
  });
}

/** The subgraph SDL as checked in at `subgraphs/feedback/schema.graphql`. */
export async function emitFeedbackSchema(): Promise<string> {
  return printSubgraphSchema(await buildFeedbackSchema());
}
