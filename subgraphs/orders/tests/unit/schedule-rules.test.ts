import type { RestaurantView } from '../../src/domain/read-model';
import { checkScheduledFor, DEFAULT_SCHEDULING_RULES, kitchenReleaseAt } from '../../src/domain/schedule-rules';

const MINUTE = 60_000;
// Lunch Monday to Friday, 11:00–15:00 in Berlin (UTC+1 in winter).
const restaurant: RestaurantView = {
  id: 'r1',
  ownerId: 'o1',
  name: 'Trattoria',
  status: 'ACTIVE',
  acceptingOrders: false,
  openingHours: [1, 2, 3, 4, 5].map((dayOfWeek) => ({ dayOfWeek, opens: '11:00', closes: '15:00' })),
  timeZone: 'Europe/Berlin',
  city: 'Berlin',
  currency: 'EUR',
  deliveryFee: 250,
  minimumOrder: 0,
};
const now = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin
const rules = DEFAULT_SCHEDULING_RULES;

function refusal(at: Date): { field?: string; message: string } | null {
  try {
    checkScheduledFor(at, restaurant, now, rules, 'input.scheduledFor');
    return null;
  } catch (error) {
    return { field: (error as { extensions?: { field?: string } }).extensions?.field, message: (error as Error).message };
  }
}

describe('scheduling rules', () => {
  it("takes a slot inside the opening hours in the restaurant's time zone, even with its switch off now", () => {
    expect(refusal(new Date('2026-11-23T11:30:00Z'))).toBeNull(); // Monday 12:30 Berlin
  });

  it('refuses a slot outside the opening hours, naming scheduledFor', () => {
    // 14:30 UTC is 15:30 in Berlin: closed, though it would be open in UTC.
    expect(refusal(new Date('2026-11-23T14:30:00Z'))).toEqual({ field: 'input.scheduledFor', message: 'Trattoria is closed at that time' });
    expect(refusal(new Date('2026-11-28T11:30:00Z'))?.field).toBe('input.scheduledFor'); // Saturday
  });

  it('needs at least the minimum ahead and at most the maximum ahead', () => {
    expect(refusal(new Date(now.getTime() + 29 * MINUTE))?.message).toMatch(/30 minutes ahead at the earliest/);
    expect(refusal(new Date('2026-11-30T11:30:00Z'))?.message).toMatch(/7 days ahead at the latest/); // next Monday, 7 days + 3.5 h
    expect(refusal(new Date('2026-11-27T11:30:00Z'))).toBeNull(); // Friday
  });

  it('follows configured windows', () => {
    const short = { ...rules, minAheadMs: 2000 };
    const soon = new Date(now.getTime() + 3000);
    expect(() =>
      checkScheduledFor(soon, { ...restaurant, openingHours: [{ dayOfWeek: 1, opens: '00:00', closes: '24:00' }] }, now, short, 'f'),
    ).not.toThrow();
  });

  it('sends the order to the kitchen the lead time before its slot, never before it was confirmed', () => {
    const slot = new Date('2026-11-23T11:30:00Z');
    expect(kitchenReleaseAt(slot, now, { leadTimeMs: 45 * MINUTE }).toISOString()).toBe('2026-11-23T10:45:00.000Z');
    const late = new Date('2026-11-23T11:10:00Z');
    expect(kitchenReleaseAt(slot, late, { leadTimeMs: 45 * MINUTE })).toEqual(late);
  });
});
