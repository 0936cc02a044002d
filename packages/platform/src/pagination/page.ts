import { BadUserInputError } from '../errors';
import { isUuid } from '../ids';

/**
 * One paging scheme for every list of the API: cursor connections over UUIDv7 ids (time-ordered,
 * so "after this id" is a stable position that survives inserts), `first` capped at 100.
 */

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

const CURSOR_PREFIX = 'id:';

/** `first` must be 1..100; anything else is BAD_USER_INPUT on `field`. */
export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(field, `${field} must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

/** A cursor is opaque to clients: the base64url of `id:<the node's id>`. */
export function encodeCursor(id: string): string {
  return Buffer.from(CURSOR_PREFIX + id, 'utf8').toString('base64url');
}

/** The id inside `after` (null when absent); BAD_USER_INPUT on `field` when it is not one of ours. */
export function decodeCursor(after: string | null | undefined, field = 'after'): string | null {
  if (after === null || after === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const id = decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : '';
  if (!isUuid(id)) throw new BadUserInputError(field, `${field} is not a cursor from this list`);
  return id.toLowerCase();
}

/**
 * The `after` of a plain list (not a connection) that pages by the last item's own id, as the
 * contract documents for `users` and `couriers`: null when absent, BAD_USER_INPUT on `field` when
 * it is not an id.
 */
export function decodeAfterId(after: string | null | undefined, field = 'after'): string | null {
  if (after === null || after === undefined) return null;
  if (!isUuid(after)) throw new BadUserInputError(field, `${field} must be the id of the last item of the previous page`);
  return after.toLowerCase();
}

/** One page of a list: the items and whether more follow. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
}

/**
 * The page out of `rows` fetched with `LIMIT first + 1`: the extra row only says that a next
 * page exists, so it is dropped.
 */
export function pageOf<T>(rows: readonly T[], first: number): Page<T> {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** An empty page (e.g. for an id that cannot exist). */
export function emptyPage<T>(): Page<T> {
  return { items: [], hasNextPage: false };
}
