import { createBatchLoader, type BatchLoader } from '@foodgraph/platform/graphql';
import type { DataSource } from 'typeorm';
import type { ReviewEntity } from '../entities/review.entity';
import { ratingTotals, reviewsOfOrders, type RatingTotals } from '../services/review-reads.service';

/** Per-request loaders behind the fields feedback adds to other subgraphs' entities. */
export interface FeedbackLoaders {
  restaurantRatings: BatchLoader<string, RatingTotals>;
  courierRatings: BatchLoader<string, RatingTotals>;
  /** The review of an order, whoever may see it (the resolver applies visibility). */
  orderReview: BatchLoader<string, ReviewEntity | null>;
}

const NO_RATINGS: RatingTotals = { sum: 0, count: 0 };

/**
 * The loaders of one request: made per request, so nothing is cached across requests or
 * identities; a failed batch fails its fields (the platform's one failure rule).
 */
export function createFeedbackLoaders(dataSource: DataSource): FeedbackLoaders {
  const manager = dataSource.manager;
  return {
    restaurantRatings: createBatchLoader((ids) => ratingTotals(manager, 'RESTAURANT', ids), NO_RATINGS),
    courierRatings: createBatchLoader((ids) => ratingTotals(manager, 'COURIER', ids), NO_RATINGS),
    orderReview: createBatchLoader(async (ids) => {
      // Keys come as clients spelled them; rows are stored lower-case.
      const byOrder = await reviewsOfOrders(manager, ids);
      return new Map(ids.map((id) => [id, byOrder.get(id.toLowerCase()) ?? null]));
    }, null),
  };
}
