import { checkPageSize, decodeAfterId, decodeCursor, emptyPage, encodeCursor, MAX_PAGE_SIZE, pageOf } from '../../src/pagination/page';
import { toConnection } from '../../src/graphql/connection';

const ID = '0190a6e2-7c1a-7b3e-8f00-0123456789ab';
const fieldOf = (fn: () => unknown): unknown => {
  try {
    fn();
    return 'accepted';
  } catch (err) {
    return (err as { extensions?: { code?: unknown; field?: unknown } }).extensions;
  }
};

describe('one paging scheme', () => {
  it('accepts page sizes from 1 to 100 and names the field of anything else', () => {
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(MAX_PAGE_SIZE)).toBe(100);
    for (const bad of [0, -1, 101, 1.5, Number.NaN]) {
      expect(fieldOf(() => checkPageSize(bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    expect(fieldOf(() => checkPageSize(0, 'input.first'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.first' });
  });

  it('round-trips an id through an opaque cursor', () => {
    const cursor = encodeCursor(ID);
    expect(cursor).not.toContain(ID);
    expect(decodeCursor(cursor)).toBe(ID);
    expect(decodeCursor(encodeCursor(ID.toUpperCase()))).toBe(ID);
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuses a cursor that is not one of ours, naming the field', () => {
    const raw = Buffer.from(ID).toString('base64url');
    for (const bad of [ID, raw, 'not a cursor', '', 'x'.repeat(10_000), encodeCursor('id-but-not-a-uuid')]) {
      expect(fieldOf(() => decodeCursor(bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  it('cuts the look-ahead row off a page and says a next page exists', () => {
    expect(pageOf([1, 2, 3], 2)).toEqual({ items: [1, 2], hasNextPage: true });
    expect(pageOf([1, 2], 2)).toEqual({ items: [1, 2], hasNextPage: false });
    expect(emptyPage()).toEqual({ items: [], hasNextPage: false });
  });

  it('builds a connection whose end cursor is the last edge', () => {
    const connection = toConnection(pageOf([{ id: ID }], 5), (row) => ({ name: row.id }));
    expect(connection.edges).toEqual([{ cursor: encodeCursor(ID), node: { name: ID } }]);
    expect(connection.pageInfo).toMatchObject({ hasNextPage: false, endCursor: encodeCursor(ID) });
    expect(toConnection(emptyPage<{ id: string }>(), (row) => row).pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });

  it('pages a plain list by the last id itself, refusing anything that is not an id', () => {
    expect(decodeAfterId(ID.toUpperCase())).toBe(ID);
    expect(decodeAfterId(null)).toBeNull();
    expect(fieldOf(() => decodeAfterId(encodeCursor(ID)))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
