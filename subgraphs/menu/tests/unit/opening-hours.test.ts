import { isOpenNow, isValidTimeZone, localWeekTime, parseClockTime, validateOpeningHours } from '../../src/domain/opening-hours';

// 2026-11-23 is a Monday.
const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it('parses HH:MM and refuses anything else', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('23:59')).toBe(23 * 60 + 59);
    for (const bad of ['24:00', '7:00', '12:60', '12.30', '', 'noon', '12:30:00']) expect(parseClockTime(bad)).toBeNull();
    expect(parseClockTime('24:00', true)).toBe(24 * 60);
  });

  it('accepts valid windows including overnight ones and all-day 00:00–24:00', () => {
    expect(() =>
      validateOpeningHours(
        [
          { dayOfWeek: 1, opens: '11:00', closes: '14:00' },
          { dayOfWeek: 5, opens: '18:00', closes: '02:00' },
          { dayOfWeek: 7, opens: '00:00', closes: '24:00' },
        ],
        'input.openingHours',
      ),
    ).not.toThrow();
  });

  it.each([
    [{ dayOfWeek: 0, opens: '10:00', closes: '12:00' }, 'input.openingHours[1].dayOfWeek'],
    [{ dayOfWeek: 8, opens: '10:00', closes: '12:00' }, 'input.openingHours[1].dayOfWeek'],
    [{ dayOfWeek: 2, opens: '25:00', closes: '12:00' }, 'input.openingHours[1].opens'],
    [{ dayOfWeek: 2, opens: '24:00', closes: '12:00' }, 'input.openingHours[1].opens'],
    [{ dayOfWeek: 2, opens: '10:00', closes: '9am' }, 'input.openingHours[1].closes'],
    [{ dayOfWeek: 2, opens: '10:00', closes: '10:00' }, 'input.openingHours[1].closes'],
  ])('names the offending field of a bad window %o', (entry, field) => {
    const good = { dayOfWeek: 1, opens: '10:00', closes: '12:00' };
    try {
      validateOpeningHours([good, entry], 'input.openingHours');
      throw new Error('expected a BAD_USER_INPUT error');
    } catch (err) {
      expect((err as { extensions: Record<string, unknown> }).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('reads the local weekday and time in a time zone', () => {
    expect(localWeekTime(at('2026-11-23T10:30:00Z'), 'UTC')).toEqual({ dayOfWeek: 1, minutes: 630 });
    // 23:30 UTC on Sunday is already Monday 00:30 in Berlin (UTC+1 in November).
    expect(localWeekTime(at('2026-11-22T23:30:00Z'), 'Europe/Berlin')).toEqual({ dayOfWeek: 1, minutes: 30 });
    expect(localWeekTime(at('2026-11-23T00:15:00Z'), 'America/New_York')).toEqual({ dayOfWeek: 7, minutes: 19 * 60 + 15 });
  });

  it('knows IANA time zones', () => {
    expect(isValidTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  describe('isOpenNow', () => {
    const lunch = [{ dayOfWeek: 1, opens: '11:00', closes: '14:00' }];

    it('is open inside a window and closed outside it (closing minute excluded)', () => {
      expect(isOpenNow(lunch, true, 'UTC', at('2026-11-23T11:00:00Z'))).toBe(true);
      expect(isOpenNow(lunch, true, 'UTC', at('2026-11-23T13:59:00Z'))).toBe(true);
      expect(isOpenNow(lunch, true, 'UTC', at('2026-11-23T14:00:00Z'))).toBe(false);
      expect(isOpenNow(lunch, true, 'UTC', at('2026-11-23T10:59:00Z'))).toBe(false);
      expect(isOpenNow(lunch, true, 'UTC', at('2026-11-24T12:00:00Z'))).toBe(false);
    });

    it('is closed when the partner switched orders off, whatever the hours', () => {
      expect(isOpenNow(lunch, false, 'UTC', at('2026-11-23T12:00:00Z'))).toBe(false);
    });

    it('is closed without any opening hours', () => {
      expect(isOpenNow([], true, 'UTC', at('2026-11-23T12:00:00Z'))).toBe(false);
    });

    it('evaluates the hours in the restaurant time zone', () => {
      // 12:00 in Ho Chi Minh City (UTC+7) is 05:00 UTC.
      expect(isOpenNow(lunch, true, 'Asia/Ho_Chi_Minh', at('2026-11-23T05:00:00Z'))).toBe(true);
      expect(isOpenNow(lunch, true, 'UTC', at('2026-11-23T05:00:00Z'))).toBe(false);
    });

    it('keeps an overnight window open past midnight into the next day', () => {
      const friday = [{ dayOfWeek: 5, opens: '18:00', closes: '02:00' }];
      expect(isOpenNow(friday, true, 'UTC', at('2026-11-27T17:59:00Z'))).toBe(false); // Fri
      expect(isOpenNow(friday, true, 'UTC', at('2026-11-27T18:00:00Z'))).toBe(true);
      expect(isOpenNow(friday, true, 'UTC', at('2026-11-27T23:59:00Z'))).toBe(true);
      expect(isOpenNow(friday, true, 'UTC', at('2026-11-28T01:59:00Z'))).toBe(true); // Sat
      expect(isOpenNow(friday, true, 'UTC', at('2026-11-28T02:00:00Z'))).toBe(false);
      // The early part belongs to the previous day's window only: Friday 01:00 is closed.
      expect(isOpenNow(friday, true, 'UTC', at('2026-11-27T01:00:00Z'))).toBe(false);
    });

    it('wraps an overnight Sunday window into Monday', () => {
      const sunday = [{ dayOfWeek: 7, opens: '20:00', closes: '03:00' }];
      expect(isOpenNow(sunday, true, 'UTC', at('2026-11-23T02:30:00Z'))).toBe(true); // Mon
      expect(isOpenNow(sunday, true, 'UTC', at('2026-11-24T02:30:00Z'))).toBe(false); // Tue
    });

    it('treats 00:00–24:00 as open all day', () => {
      const allDay = [{ dayOfWeek: 1, opens: '00:00', closes: '24:00' }];
      expect(isOpenNow(allDay, true, 'UTC', at('2026-11-23T00:00:00Z'))).toBe(true);
      expect(isOpenNow(allDay, true, 'UTC', at('2026-11-23T23:59:59Z'))).toBe(true);
      expect(isOpenNow(allDay, true, 'UTC', at('2026-11-24T00:00:00Z'))).toBe(false);
    });
  });
});
