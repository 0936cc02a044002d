import { BadUserInputError, isUuid } from '@foodgraph/platform';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;

const PREFIX = 'id:';

/**
 * Cursors are opaque to clients: the base64url of the last node's id. Ids are UUIDv7, so
 * "after this id" in id order is a stable, creation-ordered position that survives inserts.
 */
export function encodeCursor(id: string): string {
  return Buffer.from(PREFIX + id, 'utf8').toString('base64url');
}

/** The id inside a cursor, or BAD_USER_INPUT on `field` when it is not one of ours. */
export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const id = decoded.startsWith(PREFIX) ? decoded.slice(PREFIX.length) : '';
  if (!isUuid(id)) throw new BadUserInputError(field, 'after is not a valid cursor');
  return id.toLowerCase();
}

/** `first` must be 1..100; anything else is BAD_USER_INPUT on `field`. */
export function checkPageSize(first: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(field, `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}
