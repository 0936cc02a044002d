import { BadUserInputError, isUuid } from '@foodgraph/platform';

export const MAX_PAGE_SIZE = 100;

/** `first` must be 1..100 (BAD_USER_INPUT on `first` otherwise). */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw new BadUserInputError('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  return first;
}

/** `after` is the id of the last item of the previous page; BAD_USER_INPUT on `after` for anything else. */
export function checkAfterId(after: string | null | undefined): string | null {
  if (after === null || after === undefined) return null;
  if (!isUuid(after)) throw new BadUserInputError('after', 'after must be the id of the last item of the previous page');
  return after.toLowerCase();
}
