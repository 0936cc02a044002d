import { canSeeModeration, canSeeReview } from '../../src/domain/visibility';
import { averageRating } from '../../src/domain/rating';

const ID = '0190a000-0000-7000-8000-000000000001';
const AUTHOR = '0190a000-0000-7000-8000-000000000002';

describe('averages and visibility', () => {
  it('averages to two decimals and is null until rated', () => {
    expect(averageRating(0, 0)).toBeNull();
    expect(averageRating(5, 1)).toBe(5);
    expect(averageRating(13, 3)).toBe(4.33);
    expect(averageRating(14, 3)).toBe(4.67);
  });

  it('shows hidden reviews and moderation reasons to admins and the author only', () => {
    const hidden = { hidden: true, authorId: AUTHOR };
    const author = { kind: 'user', userId: AUTHOR, role: 'CUSTOMER', isGuest: false } as const;
    const adminUser = { kind: 'user', userId: ID, role: 'ADMIN', isGuest: false } as const;
    const other = { kind: 'user', userId: ID, role: 'PARTNER', isGuest: false } as const;
    expect(canSeeReview({ kind: 'anonymous' }, { hidden: false, authorId: AUTHOR })).toBe(true);
    expect(canSeeReview({ kind: 'anonymous' }, hidden)).toBe(false);
    expect(canSeeReview(other, hidden)).toBe(false);
    expect(canSeeReview(author, hidden)).toBe(true);
    expect(canSeeReview(adminUser, hidden)).toBe(true);
    expect(canSeeModeration(other, hidden)).toBe(false);
    expect(canSeeModeration(author, hidden)).toBe(true);
  });
});
