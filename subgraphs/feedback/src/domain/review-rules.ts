import { BadUserInputError } from '@foodgraph/platform/errors';
import { isUuid } from '@foodgraph/platform/ids';

/** Ratings are whole stars from 1 to 5. */
export const MIN_STARS = 1;
export const MAX_STARS = 5;
/** Longest comment a customer may leave, in characters (after trimming). */
export const MAX_COMMENT_LENGTH = 1000;
/** Longest public reply of a restaurant's owner, in characters (after trimming). */
export const MAX_REPLY_LENGTH = 1000;
/** Longest moderation reason, in characters (after trimming). */
export const MAX_MODERATION_REASON_LENGTH = 500;

/** `value` as a star rating, or BAD_USER_INPUT on `field`. */
export function checkStars(value: number, field: string): number {
  if (!Number.isInteger(value) || value < MIN_STARS || value > MAX_STARS)
    throw new BadUserInputError(field, `${field} must be a whole number from ${MIN_STARS} to ${MAX_STARS}`);
  return value;
}

/**
 * Trims free text and checks its length. Blank text is "no text" (null) unless `required`.
 * NUL characters are refused here because PostgreSQL cannot store them in `text`.
 */
export function checkText(value: string | null | undefined, field: string, max: number, required = false): string | null {
  const text = (value ?? '').trim();
  if (text === '') {
    if (required) throw new BadUserInputError(field, `${field} must not be empty`);
    return null;
  }
  if (text.includes('\u0000')) throw new BadUserInputError(field, `${field} must not contain NUL characters`);
  if ([...text].length > max) throw new BadUserInputError(field, `${field} must be at most ${max} characters`);
  return text;
}

/** What a customer sends to review an order (`SubmitReviewInput`). */
export interface ReviewInput {
  orderId: string;
  restaurantRating: number;
  courierRating?: number | null;
  comment?: string | null;
}

/** A review input that passed the rules that need no stored state. */
export interface ReviewDraft {
  orderId: string;
  restaurantRating: number;
  courierRating: number | null;
  comment: string | null;
}

/** Checks a review's input field by field; BAD_USER_INPUT names the offending `input.*` field. */
export function checkReviewInput(input: ReviewInput): ReviewDraft {
  if (!isUuid(input.orderId)) throw new BadUserInputError('input.orderId', 'input.orderId is not an order id');
  return {
    orderId: input.orderId.toLowerCase(),
    restaurantRating: checkStars(input.restaurantRating, 'input.restaurantRating'),
    courierRating:
      input.courierRating === null || input.courierRating === undefined ? null : checkStars(input.courierRating, 'input.courierRating'),
    comment: checkText(input.comment, 'input.comment', MAX_COMMENT_LENGTH),
  };
}
