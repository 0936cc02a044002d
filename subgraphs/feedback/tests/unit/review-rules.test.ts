import { checkReviewInput, checkStars, checkText, MAX_COMMENT_LENGTH } from '../../src/domain/review-rules';

const ORDER_ID = '0190a000-0000-7000-8000-000000000001';

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: { code: string; field?: string } }).extensions;
  }
  throw new Error('expected an error');
}

describe('review rules', () => {
  it('accepts whole stars from 1 to 5 only', () => {
    for (const stars of [1, 2, 3, 4, 5]) expect(checkStars(stars, 'input.restaurantRating')).toBe(stars);
    for (const bad of [0, 6, -1, 2.5, Number.NaN])
      expect(fieldOf(() => checkStars(bad, 'input.restaurantRating'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.restaurantRating' });
  });

  it('trims text, turns blank text into none and bounds its length in characters', () => {
    expect(checkText('  hi  ', 'input.comment', 10)).toBe('hi');
    expect(checkText('   ', 'input.comment', 10)).toBeNull();
    expect(checkText(null, 'input.comment', 10)).toBeNull();
    expect(checkText('🍕'.repeat(10), 'input.comment', 10)).toBe('🍕'.repeat(10));
    expect(fieldOf(() => checkText('x'.repeat(11), 'input.comment', 10))).toMatchObject({ field: 'input.comment' });
    expect(fieldOf(() => checkText(' ', 'reply', 10, true))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reply' });
    expect(fieldOf(() => checkText('a\u0000b', 'reply', 10))).toMatchObject({ field: 'reply' });
  });

  it('checks a review input field by field', () => {
    expect(checkReviewInput({ orderId: ORDER_ID.toUpperCase(), restaurantRating: 4, comment: ' ok ' })).toEqual({
      orderId: ORDER_ID,
      restaurantRating: 4,
      courierRating: null,
      comment: 'ok',
    });
    expect(fieldOf(() => checkReviewInput({ orderId: 'x', restaurantRating: 4 }))).toMatchObject({ field: 'input.orderId' });
    expect(fieldOf(() => checkReviewInput({ orderId: ORDER_ID, restaurantRating: 4, courierRating: 0 }))).toMatchObject({
      field: 'input.courierRating',
    });
    expect(
      fieldOf(() => checkReviewInput({ orderId: ORDER_ID, restaurantRating: 4, comment: 'x'.repeat(MAX_COMMENT_LENGTH + 1) })),
    ).toMatchObject({
      field: 'input.comment',
    });
  });
});
