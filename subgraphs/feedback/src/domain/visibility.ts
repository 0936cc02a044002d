import type { Identity } from '@foodgraph/platform/auth';

/**
 * Who sees a review: everyone while it is visible; once an admin hid it, only admins and its
 * author (so the author can see that and why it was hidden).
 */
export function canSeeReview(identity: Identity, review: { hidden: boolean; authorId: string }): boolean {
  if (!review.hidden) return true;
  if (identity.kind !== 'user') return false;
  return identity.role === 'ADMIN' || identity.userId === review.authorId;
}

/** The moderation reason is for admins and the author only. */
export function canSeeModeration(identity: Identity, review: { authorId: string }): boolean {
  return identity.kind === 'user' && (identity.role === 'ADMIN' || identity.userId === review.authorId);
}
