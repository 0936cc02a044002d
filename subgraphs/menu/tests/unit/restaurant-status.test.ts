import { isPubliclyVisible, nextRestaurantStatus } from '../../src/domain/restaurant-status';

describe('restaurant status', () => {
  it('approves a pending restaurant and lifts a suspension', () => {
    expect(nextRestaurantStatus('PENDING_APPROVAL', 'approve')).toBe('ACTIVE');
    expect(nextRestaurantStatus('SUSPENDED', 'approve')).toBe('ACTIVE');
  });

  it('suspends an active restaurant', () => {
    expect(nextRestaurantStatus('ACTIVE', 'suspend')).toBe('SUSPENDED');
  });

  it.each([
    ['ACTIVE', 'approve', 'ACTIVE'],
    ['PENDING_APPROVAL', 'suspend', 'SUSPENDED'],
    ['SUSPENDED', 'suspend', 'SUSPENDED'],
  ] as const)('refuses %s → %s with INVALID_STATE_TRANSITION', (from, action, to) => {
    try {
      nextRestaurantStatus(from, action);
      throw new Error('expected INVALID_STATE_TRANSITION');
    } catch (err) {
      expect((err as { extensions: Record<string, unknown> }).extensions).toEqual({ code: 'INVALID_STATE_TRANSITION', from, to });
      expect((err as Error).message).toMatch(/restaurant/);
    }
  });

  it('shows only active restaurants publicly', () => {
    expect(isPubliclyVisible('ACTIVE')).toBe(true);
    expect(isPubliclyVisible('PENDING_APPROVAL')).toBe(false);
    expect(isPubliclyVisible('SUSPENDED')).toBe(false);
  });
});
