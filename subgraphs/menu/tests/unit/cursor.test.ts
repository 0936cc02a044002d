import { checkPageSize, decodeCursor, encodeCursor } from '../../src/domain/cursor';

const id = '019ab2c3-4d5e-7f60-8a1b-2c3d4e5f6071';

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return (err as { extensions: Record<string, unknown> }).extensions;
  }
  throw new Error('expected an error');
}

describe('cursors and page sizes', () => {
  it('round-trips an id through an opaque cursor', () => {
    const cursor = encodeCursor(id);
    expect(cursor).not.toContain(id);
    expect(decodeCursor(cursor)).toBe(id);
  });

  it.each(['', 'garbage', '!!!', Buffer.from('id:not-a-uuid').toString('base64url'), Buffer.from(id).toString('base64url')])(
    'refuses the cursor %p as BAD_USER_INPUT on after',
    (cursor) => {
      expect(fieldOf(() => decodeCursor(cursor))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    },
  );

  it('accepts 1..100 and refuses other page sizes on first', () => {
    expect(checkPageSize(1)).toBe(1);
    expect(checkPageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 1.5]) expect(fieldOf(() => checkPageSize(bad))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
