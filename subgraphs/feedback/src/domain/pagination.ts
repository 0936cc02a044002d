import { BadUserInputError, isUuid } from '@foodgraph/platform';

export const MAX_PAGE_SIZE = 100;

/** `first` must be 1..100 (BAD_USER_INPUT on `first` otherwise). */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  return first;
}

/** Cursors are the review id (UUIDv7, so time-ordered) in base64url: opaque, but stable. */
export function encodeCursor(reviewId: string): string {
  return Buffer.from(reviewId, 'utf8').toString('base64url');
}

/** The review id inside `after`; BAD_USER_INPUT on `after` for anything that is not a cursor. */
export function decodeCursor(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  const id = Buffer.from(after, 'base64url').toString('utf8');
  if (!isUuid(id)) throw new BadUserInputError('after', 'after is not a cursor from this list');
  return id.toLowerCase();
}
