import type { Identity } from '@foodgraph/platform/auth';
import { ConflictError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';
import { withOutbox, type ChangeOrigin, type OutboxNudger } from '@foodgraph/platform/messaging';
import type { Clock } from '@foodgraph/platform/process';
import type { DataSource } from 'typeorm';
import { checkText, MAX_MODERATION_REASON_LENGTH } from '../domain/review-rules';
import { ReviewEntity } from '../entities/review.entity';
import { reviewModerated } from '../events/review-events';
import { assertCanModerate } from './access';
import type { RatingsService } from './ratings.service';

/**
 * Admin moderation. Hiding takes the review's ratings out of the restaurant's and courier's
 * aggregates and out of public listings; showing it again puts them back. Each change, its
 * aggregates and `feedback.review.moderated` commit together.
 */
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxNudger,
    private readonly clock: Clock,
    private readonly ratings: RatingsService,
  ) {}

  /** Hides a visible review with a reason (1..500 characters); CONFLICT when it is hidden already. */
  async hide(identity: Identity, reviewId: string, reason: string, origin: ChangeOrigin): Promise<ReviewEntity> {
    const admin = assertCanModerate(identity);
    const why = checkText(reason, 'reason', MAX_MODERATION_REASON_LENGTH, true);
    return this.moderate(admin.userId, reviewId, true, why, origin);
  }

  /** Shows a hidden review again; CONFLICT when it is not hidden. */
  async unhide(identity: Identity, reviewId: string, origin: ChangeOrigin): Promise<ReviewEntity> {
    const admin = assertCanModerate(identity);
    return this.moderate(admin.userId, reviewId, false, null, origin);
  }

  private async moderate(
    moderatorId: string,
    reviewId: string,
    hide: boolean,
    reason: string | null,
    origin: ChangeOrigin,
  ): Promise<ReviewEntity> {
    if (!isUuid(reviewId)) throw new NotFoundError('Review', reviewId);
    return withOutbox(this.dataSource, this.outbox, async (manager, emit) => {
      // The row lock makes "is it hidden?" and the aggregate change one step: two admins
      // hiding at once cannot both subtract the ratings.
      const review = await manager.findOne(ReviewEntity, { where: { id: reviewId.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
      if (!review) throw new NotFoundError('Review', reviewId);
      if (review.hidden === hide) throw new ConflictError(hide ? 'This review is hidden already' : 'This review is not hidden');
      const at = this.clock();
      Object.assign(
        review,
        hide
          ? { hidden: true, hiddenReason: reason, hiddenAt: at, hiddenBy: moderatorId }
          : { hidden: false, hiddenReason: null, hiddenAt: null, hiddenBy: null },
      );
      await manager.update(
        ReviewEntity,
        { id: review.id },
        { hidden: review.hidden, hiddenReason: review.hiddenReason, hiddenAt: review.hiddenAt, hiddenBy: review.hiddenBy },
      );
      await this.ratings.countReview(manager, review, hide ? -1 : 1);
      emit(reviewModerated(review, moderatorId, reason, at, origin));
      return review;
    });
  }
}
