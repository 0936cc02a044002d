import type { Identity } from '@foodgraph/platform/auth';
import { isUniqueViolation } from '@foodgraph/platform/db';
import { ConflictError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid, uuidv7 } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Logger } from '@foodgraph/platform/logging';
import { retryWithin, type Clock, type RetryWindow } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { awaitsEvents, judgeReview } from '../domain/eligibility';
import { checkReviewInput, checkText, MAX_REPLY_LENGTH, type ReviewInput } from '../domain/review-rules';
import { OrderFactsEntity } from '../entities/order-facts.entity';
import { RestaurantOwnerEntity } from '../entities/restaurant-owner.entity';
import { ReviewEntity } from '../entities/review.entity';
import { reviewSubmitted } from '../events/review-events';
import { ALREADY_REVIEWED_MESSAGE, assertCanReview, assertRestaurantOwner, assertSignedIn } from './access';
import type { RatingsService } from './ratings.service';

/**
 * How long, and how often, `submit` re-reads the order's facts while feedback's read model has
 * not heard of the order or of its delivery. The customer's app offers the review as soon as
 * the delivering mutation returns, a few milliseconds before delivery's and orders' events
 * reach feedback's consumer (more when it is busy or a message is redelivered), so answering
 * at once loses reviews; three seconds covers such a lag and stays well inside the router's
 * subgraph timeout (10 s by default), and each re-read is one primary-key lookup.
 */
export const DELIVERY_EVENT_WAIT: RetryWindow = { timeoutMs: 3000, intervalMs: 100 };

/** What customers and restaurant owners do with reviews: submit one, reply to one. */
export class ReviewCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly ratings: RatingsService,
    private readonly logger: Logger,
  ) {}

  /**
   * The order's customer reviews it, once, after delivery. The review, the restaurant's and
   * courier's aggregates and `feedback.review.submitted` commit together. An order feedback
   * does not know yet, or not as delivered, is waited for (`DELIVERY_EVENT_WAIT`) before it
   * is refused as NOT_FOUND or not delivered.
   */
  async submit(identity: Identity, input: ReviewInput, origin: ChangeOrigin): Promise<ReviewEntity> {
    const user = assertSignedIn(identity);
    const draft = checkReviewInput(input);
    await this.awaitDeliveryEvents(user.userId, draft.orderId);
    try {
      return await withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
        // Locking the order's facts serializes this with delivery's event naming the courier
        // (see OrderFactsService.recordDelivered): one of the two always sees the other's committed write.
        const facts = await manager.findOne(OrderFactsEntity, { where: { orderId: draft.orderId }, lock: { mode: 'pessimistic_write' } });
        const already = await manager.existsBy(ReviewEntity, { orderId: draft.orderId });
        const target = assertCanReview(user, {
          orderId: draft.orderId,
          facts,
          courierRating: draft.courierRating,
          alreadyReviewed: already,
        });
        const review = Object.assign(new ReviewEntity(), {
          id: uuidv7(),
          orderId: draft.orderId,
          authorId: user.userId,
          restaurantId: target.restaurantId,
          restaurantRating: draft.restaurantRating,
          courierId: target.courierId,
          courierRating: draft.courierRating,
          comment: draft.comment,
          reply: null,
          repliedAt: null,
          hidden: false,
          hiddenReason: null,
          hiddenAt: null,
          hiddenBy: null,
          createdAt: this.clock(),
        });
        await manager.insert(ReviewEntity, review);
        await this.ratings.countReview(manager, review, 1);
        // The review belongs to the order's journey: its correlation id, the request's in the line.
        const journey: ChangeOrigin = { correlationId: facts?.correlationId ?? origin.correlationId, causationId: origin.causationId };
        emit(reviewSubmitted(review, journey));
        this.logger.info(
          {
            reviewId: review.id,
            orderId: review.orderId,
            restaurantRating: review.restaurantRating,
            courierRating: review.courierRating,
            correlationId: journey.correlationId,
            requestId: origin.correlationId,
          },
          'review submitted',
        );
        return review;
      });
    } catch (error) {
      // Two submissions racing past the check: the unique index lets one in.
      if (isUniqueViolation(error, 'reviews_order_id')) throw new ConflictError(ALREADY_REVIEWED_MESSAGE);
      throw error;
    }
  }

  /**
   * Re-reads the order's facts until the events that may still lift a refusal have arrived, or
   * the wait is over; the transaction then judges for real, whatever this saw. A plain read,
   * outside any transaction, so waiting holds no lock.
   */
  private async awaitDeliveryEvents(reviewerId: string, orderId: string): Promise<void> {
    await retryWithin(
      DELIVERY_EVENT_WAIT,
      () => this.dataSource.manager.findOneBy(OrderFactsEntity, { orderId }),
      (facts) => !awaitsEvents(judgeReview({ facts, reviewerId, courierRating: null, alreadyReviewed: false }), facts),
    );
  }

  /** The restaurant's owner answers a visible review publicly, once. */
  async reply(identity: Identity, reviewId: string, text: string): Promise<ReviewEntity> {
    assertSignedIn(identity);
    const reply = checkText(text, 'reply', MAX_REPLY_LENGTH, true) as string;
    if (!isUuid(reviewId)) throw new NotFoundError('Review', reviewId);
    return this.dataSource.transaction(async (manager) => {
      const review = await manager.findOne(ReviewEntity, { where: { id: reviewId.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
      // A hidden review is gone for everyone but admins and its author, owners included.
      if (!review || review.hidden) throw new NotFoundError('Review', reviewId);
      const owner = await manager.findOneBy(RestaurantOwnerEntity, { restaurantId: review.restaurantId });
      assertRestaurantOwner(identity, owner);
      if (review.reply !== null) throw new ConflictError('This review already has a reply');
      review.reply = reply;
      review.repliedAt = this.clock();
      await manager.update(ReviewEntity, { id: review.id }, { reply: review.reply, repliedAt: review.repliedAt });
      return review;
    });
  }
}
