import type { EntityManager } from 'typeorm';
import type { RatingSubject } from '../entities/rating-aggregate.entity';
import type { ReviewEntity } from '../entities/review.entity';

/** The parts of a review its ratings are counted from. */
export type RatedReview = Pick<ReviewEntity, 'restaurantId' | 'restaurantRating' | 'courierId' | 'courierRating'>;

/**
 * The rating aggregates behind `Restaurant.rating` and `Courier.rating`. Every change runs in
 * the caller's transaction, so a review and its counted ratings commit together.
 */
export class RatingsService {
  /**
   * Adds one rating to (or, with `sign` -1, takes it from) a subject's aggregate. Both are
   * single atomic statements, so concurrent reviews of one restaurant serialize on its
   * aggregate row instead of losing updates.
   */
  async bump(manager: EntityManager, subject: RatingSubject, subjectId: string, stars: number, sign: 1 | -1): Promise<void> {
    if (sign === 1) {
      await manager.query(
        `INSERT INTO rating_aggregates (subject_type, subject_id, rating_sum, rating_count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (subject_type, subject_id) DO UPDATE
         SET rating_sum = rating_aggregates.rating_sum + EXCLUDED.rating_sum, rating_count = rating_aggregates.rating_count + 1`,
        [subject, subjectId, stars],
      );
      return;
    }
    // A rating being taken away was added before, so the row exists; an UPDATE (rather than
    // an upsert) keeps the CHECK constraints from seeing a negative row to insert.
    await manager.query(
      `UPDATE rating_aggregates SET rating_sum = rating_sum - $3, rating_count = rating_count - 1 WHERE subject_type = $1 AND subject_id = $2`,
      [subject, subjectId, stars],
    );
  }

  /**
   * Counts a review's ratings in (`sign` 1: submitted or shown again) or out (`sign` -1: hidden)
   * of the restaurant's and, when known, the courier's aggregate. Always restaurant first, then
   * courier, so concurrent transactions lock aggregate rows in the same order.
   */
  async countReview(manager: EntityManager, review: RatedReview, sign: 1 | -1): Promise<void> {
    await this.bump(manager, 'RESTAURANT', review.restaurantId, review.restaurantRating, sign);
    if (review.courierId !== null && review.courierRating !== null)
      await this.bump(manager, 'COURIER', review.courierId, review.courierRating, sign);
  }
}
