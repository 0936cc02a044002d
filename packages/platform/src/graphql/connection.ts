import { encodeCursor, type Page } from '../pagination/page';
import { PageInfo } from './common-types';

/** A Relay connection as the API's `*Connection` types expect it. */
export interface Connection<N> {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: PageInfo;
}

/**
 * The one connection builder: each item becomes an edge whose cursor encodes its id, and
 * `endCursor` is the last edge's (null on an empty page).
 */
export function toConnection<T extends { id: string }, N>(page: Page<T>, toNode: (item: T) => N): Connection<N> {
  const edges = page.items.map((item) => ({ cursor: encodeCursor(item.id), node: toNode(item) }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }),
  };
}
