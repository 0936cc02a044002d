import { openSlots } from '../../web/src/areas/customer/checkout/delivery-slots';

// Wednesday 2 December 2026, 10:05 in São Paulo (UTC−3, no daylight saving).
const NOW = new Date('2026-12-02T13:05:00Z');
const SAO_PAULO = 'America/Sao_Paulo';
const everyDay = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, opens, closes }));

describe('the "deliver later" slots', () => {
  it('start 30 minutes ahead on a quarter hour and end 7 days ahead', () => {
    const slots = openSlots(everyDay('00:00', '24:00'), SAO_PAULO, NOW);
    expect(slots[0]).toBe('2026-12-02T13:45:00.000Z');
    expect(slots.at(-1)).toBe('2026-12-09T13:00:00.000Z');
    // 13:45 on the 2nd to 13:00 on the 9th, both ends included.
    expect(slots).toHaveLength(4 * 24 * 7 - 2);
  });

  it('fall inside the opening hours in the restaurant’s own time zone', () => {
    const slots = openSlots([{ dayOfWeek: 3, opens: '11:00', closes: '12:00' }], SAO_PAULO, NOW);
    // 11:00–11:45 local on this Wednesday (14:00–14:45 UTC); next Wednesday is past the 7 days.
    expect(slots).toEqual(['2026-12-02T14:00:00.000Z', '2026-12-02T14:15:00.000Z', '2026-12-02T14:30:00.000Z', '2026-12-02T14:45:00.000Z']);
  });

  it('follow a window past midnight into the next day, Sunday’s into Monday', () => {
    const slots = openSlots([{ dayOfWeek: 7, opens: '23:30', closes: '00:30' }], 'UTC', NOW);
    expect(slots).toEqual(['2026-12-06T23:30:00.000Z', '2026-12-06T23:45:00.000Z', '2026-12-07T00:00:00.000Z', '2026-12-07T00:15:00.000Z']);
  });

  it('are none for a restaurant without opening hours', () => {
    expect(openSlots([], SAO_PAULO, NOW)).toEqual([]);
  });
});
