import { isOpenAt } from '../../src/domain/opening-hours';
import { businessDayOf, formatOrderNumber } from '../../src/domain/order-number';

describe('opening hours in the read model', () => {
  const weekdays = [{ dayOfWeek: 1, opens: '11:00', closes: '14:00' }];
  const lateFriday = [{ dayOfWeek: 5, opens: '18:00', closes: '02:00' }];

  it("is open inside a window in the restaurant's own time zone", () => {
    // 10:30 UTC is 11:30 in Berlin (winter), a Monday.
    expect(isOpenAt(weekdays, true, 'Europe/Berlin', new Date('2026-11-23T10:30:00Z'))).toBe(true);
    expect(isOpenAt(weekdays, true, 'UTC', new Date('2026-11-23T10:30:00Z'))).toBe(false);
  });

  it('is closed when the partner switched orders off', () => {
    expect(isOpenAt(weekdays, false, 'Europe/Berlin', new Date('2026-11-23T10:30:00Z'))).toBe(false);
  });

  it('runs a window past midnight into the next day', () => {
    expect(isOpenAt(lateFriday, true, 'UTC', new Date('2026-11-27T23:00:00Z'))).toBe(true); // Friday
    expect(isOpenAt(lateFriday, true, 'UTC', new Date('2026-11-28T01:30:00Z'))).toBe(true); // Saturday small hours
    expect(isOpenAt(lateFriday, true, 'UTC', new Date('2026-11-28T02:00:00Z'))).toBe(false);
  });

  it('treats 24:00 as the end of the day and an unknown zone as closed', () => {
    const allDay = [{ dayOfWeek: 1, opens: '00:00', closes: '24:00' }];
    expect(isOpenAt(allDay, true, 'UTC', new Date('2026-11-23T23:59:00Z'))).toBe(true);
    expect(isOpenAt(allDay, true, 'Mars/Olympus', new Date('2026-11-23T12:00:00Z'))).toBe(false);
  });
});

describe('order numbers', () => {
  it('are short, zero-padded and grow past 999', () => {
    expect(formatOrderNumber(1)).toBe('001');
    expect(formatOrderNumber(42)).toBe('042');
    expect(formatOrderNumber(1234)).toBe('1234');
  });

  it("restart on the restaurant's local business day", () => {
    const lateEvening = new Date('2026-11-23T23:30:00Z');
    expect(businessDayOf(lateEvening, 'UTC')).toBe('2026-11-23');
    expect(businessDayOf(lateEvening, 'Europe/Berlin')).toBe('2026-11-24');
  });
});
