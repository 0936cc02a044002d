import { isAdmin, signedIn, signedInAs, type Identity, type UserIdentity } from '@foodgraph/platform/auth';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@foodgraph/platform/errors';
import { judgeReview, type OrderFacts, type ReviewTarget } from '../domain/eligibility';
import { canSeeModeration, canSeeReview } from '../domain/visibility';

/*
 * The feedback subgraph's whole policy. Every UNAUTHENTICATED and FORBIDDEN it answers is
 * thrown here; services call these guards first, resolvers only pass the caller's identity.
 * The pure rules behind them (eligibility, visibility) live in `domain/` and return verdicts.
 * A kiosk session (`identifyCustomer`) is refused by every guard here: `signedIn` answers it
 * FORBIDDEN, and none of them lets it in (it may only place, pay and follow its own orders).
 */

/** Answered when a second review of an order is refused, by the verdict or by the unique index. */
export const ALREADY_REVIEWED_MESSAGE = 'This order has already been reviewed';

/**
 * Writing a review or a reply needs a signed-in user. Checked before the input, so an
 * anonymous caller is told to sign in rather than to fix fields; which order or review the
 * user may write to is judged once it is loaded (`assertCanReview`, `assertRestaurantOwner`).
 */
export function assertSignedIn(identity: Identity): UserIdentity {
  return signedIn(identity);
}

/** One review of an order, as the guard judges it. */
export interface ReviewAttempt {
  orderId: string;
  /** The order's facts as locked by the transaction; null when feedback has heard nothing of it. */
  facts: OrderFacts | null;
  courierRating: number | null;
  alreadyReviewed: boolean;
}

/**
 * Where the caller's review of the order goes, or the answer to why not, in this order:
 * NOT_FOUND (order unknown), FORBIDDEN (not the caller's order, or not delivered),
 * CONFLICT (reviewed already), BAD_USER_INPUT on `input.courierRating` (no courier to rate).
 * The domain's verdict decides; this maps it to the one error the client gets.
 */
export function assertCanReview(identity: Identity, attempt: ReviewAttempt): ReviewTarget {
  const reviewer = signedIn(identity);
  const verdict = judgeReview({
    facts: attempt.facts,
    reviewerId: reviewer.userId,
    courierRating: attempt.courierRating,
    alreadyReviewed: attempt.alreadyReviewed,
  });
  if (verdict.allowed) return verdict.target;
  switch (verdict.refusal) {
    case 'unknown-order':
      throw new NotFoundError('Order', attempt.orderId);
    case 'not-the-customer':
      throw new ForbiddenError('Only the customer who placed this order may review it');
    case 'not-delivered':
      throw new ForbiddenError('An order can be reviewed once it has been delivered');
    case 'already-reviewed':
      throw new ConflictError(ALREADY_REVIEWED_MESSAGE);
    case 'no-courier-to-rate':
      throw new BadUserInputError('input.courierRating', 'No courier delivered this order, so there is no courier to rate');
  }
}

/** Only the restaurant's owner replies to its reviews; `owner` is null while its owner is not known yet. */
export function assertRestaurantOwner(identity: Identity, owner: { ownerId: string } | null): UserIdentity {
  const user = signedIn(identity);
  if (!owner || owner.ownerId !== user.userId) throw new ForbiddenError("Only the restaurant's owner may reply to its reviews");
  return user;
}

/** The admin hiding or showing a review; UNAUTHENTICATED / FORBIDDEN for anyone else. */
export function assertCanModerate(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may moderate reviews');
}

/** Whether the caller sees the review at all (a hidden one: admins and its author only). */
export function canReadReview(identity: Identity, review: { hidden: boolean; authorId: string }): boolean {
  return canSeeReview(identity, review);
}

/** Whether the caller sees why a review was hidden (admins and its author only). */
export function canReadModerationReason(identity: Identity, review: { authorId: string }): boolean {
  return canSeeModeration(identity, review);
}

/** Whether listings show the caller hidden reviews too (admins moderate them from there). */
export function canListHiddenReviews(identity: Identity): boolean {
  return isAdmin(identity);
}

/** The admin console (dashboard figures, dead letters) is the admins' alone. */
export function assertCanReadAdminConsole(identity: Identity): UserIdentity {
  return signedInAs(identity, ['ADMIN'], 'Only admins may read the admin console');
}
