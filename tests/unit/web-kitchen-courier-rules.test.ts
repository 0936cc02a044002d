import type { QueuedOrder } from '../../web/src/areas/kitchen/queue/merge-queue';
import { isNewArrival, mergeIntoQueue } from '../../web/src/areas/kitchen/queue/merge-queue';
import { periodOf } from '../../web/src/areas/courier/earnings/periods';
import { distanceMeters, shouldSend } from '../../web/src/areas/courier/location/throttle';

const ticket = (id: string, status: string, placedAt: string): QueuedOrder & { notes: string | null } => ({
  id,
  status,
  placedAt,
  notes: null,
});

describe('the kitchen queue merges its live feed', () => {
  const a = ticket('001', 'ACCEPTED', '2026-12-03T10:00:00Z');
  const b = ticket('002', 'PLACED', '2026-12-03T10:05:00Z');

  it('adds a new order in placement order and calls it an arrival', () => {
    const early = ticket('000', 'PLACED', '2026-12-03T09:55:00Z');
    expect(mergeIntoQueue([a, b], early).map((o) => o.id)).toEqual(['000', '001', '002']);
    expect(isNewArrival([a, b], early)).toBe(true);
  });

  it('replaces a changed order and does not chime again for it', () => {
    const again = { ...b, notes: 'extra napkins' };
    expect(mergeIntoQueue([a, b], again)).toEqual([a, again]);
    expect(isNewArrival([a, b], again)).toBe(false);
  });

  it('drops an order that left the kitchen, and ignores one that has not reached it', () => {
    expect(mergeIntoQueue([a, b], { ...a, status: 'PICKED_UP' })).toEqual([b]);
    expect(mergeIntoQueue([a, b], { ...b, status: 'REJECTED' })).toEqual([a]);
    const unpaid = ticket('003', 'AWAITING_PAYMENT', '2026-12-03T10:06:00Z');
    expect(mergeIntoQueue([a, b], unpaid)).toEqual([a, b]);
    expect(isNewArrival([a, b], unpaid)).toBe(false);
  });
});

describe('the courier app throttles location reports', () => {
  const at = (lat: number, lng: number, ms: number) => ({ lat, lng, at: ms });

  it('sends the first position at once', () => {
    expect(shouldSend(undefined, at(40, -75, 0))).toBe(true);
  });

  it('waits 5 s while the courier barely moves', () => {
    expect(shouldSend(at(40, -75, 0), at(40.0001, -75, 4_000))).toBe(false);
    expect(shouldSend(at(40, -75, 0), at(40.0001, -75, 5_000))).toBe(true);
  });

  it('sends sooner after 25 m, but never more than once a second', () => {
    const far = 40 + 30 / 111_195; // ~30 m north
    expect(distanceMeters({ lat: 40, lng: -75 }, { lat: far, lng: -75 })).toBeCloseTo(30, 0);
    expect(shouldSend(at(40, -75, 0), at(far, -75, 1_500))).toBe(true);
    expect(shouldSend(at(40, -75, 0), at(far, -75, 500))).toBe(false);
  });
});

describe('the courier earnings periods', () => {
  // A Thursday afternoon, local time.
  const now = new Date(2026, 11, 3, 15, 30);
  const local = (iso: string) => new Date(iso);

  it('today runs from local midnight to the next', () => {
    const period = periodOf('today', now)!;
    expect(local(period.from)).toEqual(new Date(2026, 11, 3));
    expect(local(period.to)).toEqual(new Date(2026, 11, 4));
  });

  it('this week runs Monday to Monday', () => {
    const period = periodOf('week', now)!;
    expect(local(period.from)).toEqual(new Date(2026, 10, 30));
    expect(local(period.to)).toEqual(new Date(2026, 11, 7));
  });

  it('a range includes its last day, and waits for both dates', () => {
    const period = periodOf('range', now, '2026-12-01', '2026-12-02')!;
    expect(local(period.from)).toEqual(new Date(2026, 11, 1));
    expect(local(period.to)).toEqual(new Date(2026, 11, 3));
    expect(periodOf('range', now, '2026-12-01', '')).toBeUndefined();
  });
});
