import type { Identity } from '@foodgraph/platform/auth';
import { isUuid } from '@foodgraph/platform/ids';
import { checkPageSize, decodeCursor, emptyPage, pageOf, type Page } from '@foodgraph/platform/pagination';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { RatingAggregateEntity, type RatingSubject } from '../entities/rating-aggregate.entity';
import { ReviewEntity } from '../entities/review.entity';
import { canListHiddenReviews, canReadReview } from './access';

/** Sum and count of a subject's visible ratings. */
export interface RatingTotals {
  sum: number;
  count: number;
}

const NO_RATINGS: RatingTotals = { sum: 0, count: 0 };

/** Reading reviews and rating aggregates, with the visibility rules applied. */
export class ReviewReadsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The review, or null when there is none or the caller may not see it (hidden). */
  async review(identity: Identity, id: string): Promise<ReviewEntity | null> {
    if (!isUuid(id)) return null;
    const review = await this.dataSource.manager.findOneBy(ReviewEntity, { id: id.toLowerCase() });
    return this.visibleTo(identity, review);
  }

  /** `review` when the caller may see it, else null: for reviews loaded in batches elsewhere. */
  visibleTo(identity: Identity, review: ReviewEntity | null): ReviewEntity | null {
    return review && canReadReview(identity, review) ? review : null;
  }

  /** A restaurant's reviews, newest first; admins also see hidden ones. */
  async reviewsOfRestaurant(
    identity: Identity,
    restaurantId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<ReviewEntity>> {
    const size = checkPageSize(first);
    const afterId = decodeCursor(after);
    if (!isUuid(restaurantId)) return emptyPage();
    const query = this.dataSource.manager
      .createQueryBuilder(ReviewEntity, 'r')
      .where('r.restaurant_id = :restaurantId', { restaurantId: restaurantId.toLowerCase() })
      .orderBy('r.id', 'DESC')
      .limit(size + 1);
    if (!canListHiddenReviews(identity)) query.andWhere('NOT r.hidden');
    if (afterId) query.andWhere('r.id < :afterId', { afterId });
    return pageOf(await query.getMany(), size);
  }
}

/** The reviews of the given orders, by order id (orders without a review are absent). */
export async function reviewsOfOrders(manager: EntityManager, orderIds: readonly string[]): Promise<Map<string, ReviewEntity>> {
  const ids = [...new Set(orderIds.filter(isUuid).map((id) => id.toLowerCase()))];
  if (ids.length === 0) return new Map();
  const rows = await manager.findBy(ReviewEntity, { orderId: In(ids) });
  return new Map(rows.map((row) => [row.orderId, row]));
}

/** Rating totals of the given restaurants or couriers; subjects never rated get zeros. */
export async function ratingTotals(
  manager: EntityManager,
  subject: RatingSubject,
  subjectIds: readonly string[],
): Promise<Map<string, RatingTotals>> {
  const ids = [...new Set(subjectIds.filter(isUuid).map((id) => id.toLowerCase()))];
  const totals = new Map<string, RatingTotals>(subjectIds.map((id) => [id, NO_RATINGS]));
  if (ids.length === 0) return totals;
  const rows = await manager.findBy(RatingAggregateEntity, { subjectType: subject, subjectId: In(ids) });
  const byId = new Map(rows.map((row) => [row.subjectId, { sum: row.ratingSum, count: row.ratingCount }]));
  for (const id of subjectIds) totals.set(id, byId.get(id.toLowerCase()) ?? NO_RATINGS);
  return totals;
}
