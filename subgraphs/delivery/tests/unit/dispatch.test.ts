import { chooseCourier, mayOffer, type DispatchCandidate } from '../../src/domain/dispatch';
import { takePing } from '../../src/domain/ping-rate';

const T0 = 1_700_000_000_000;
const time = (ms: number) => new Date(T0 + ms);

describe('choosing a courier', () => {
  const pickup = { lat: 52.52, lng: 13.4 };
  const at = (meters: number) => ({ lat: 52.52 + meters / 111_195, lng: 13.4 });
  const fresh = (courierId: string, location: DispatchCandidate['location']): DispatchCandidate => ({
    courierId,
    location,
    lastOfferEndedAt: null,
    onlineSince: null,
  });
  const rule = { now: time(0), cooldownMs: 120_000 };
  const candidates = [fresh('c-far', at(3000)), fresh('c-near', at(-400)), fresh('c-unknown', null), fresh('c-mid', at(900))];

  it('picks the nearest available courier to the pick-up', () => {
    expect(chooseCourier(pickup, candidates, rule)?.courierId).toBe('c-near');
  });

  it('skips couriers already tried in this attempt', () => {
    expect(chooseCourier(pickup, candidates, { ...rule, exclude: new Set(['c-near']) })?.courierId).toBe('c-mid');
    expect(chooseCourier(pickup, candidates, { ...rule, exclude: new Set(['c-near', 'c-mid', 'c-far']) })?.courierId).toBe('c-unknown');
    expect(chooseCourier(pickup, candidates, { ...rule, exclude: new Set(['c-near', 'c-mid', 'c-far', 'c-unknown']) })).toBeNull();
    expect(chooseCourier(pickup, [], rule)).toBeNull();
  });

  it('breaks ties by id, so every replica makes the same choice, and without a pick-up location goes by id alone', () => {
    const tied = [fresh('b', at(100)), fresh('a', at(-100))];
    expect(chooseCourier(pickup, tied, rule)?.courierId).toBe('a');
    expect(chooseCourier(null, candidates, rule)?.courierId).toBe('c-far');
  });

  it('prefers a courier never offered the delivery over a nearer one who had it, even long ago', () => {
    const declinedLongAgo = { ...fresh('c-near', at(100)), lastOfferEndedAt: time(-3_600_000) };
    expect(chooseCourier(pickup, [declinedLongAgo, fresh('c-far', at(5000))], rule)?.courierId).toBe('c-far');
    expect(chooseCourier(pickup, [declinedLongAgo, fresh('c-unknown', null)], rule)?.courierId).toBe('c-unknown');
  });

  it('offers the delivery again once the cool-down after the last answer is over, and not before', () => {
    const declined = { ...fresh('c-near', at(100)), lastOfferEndedAt: time(0) };
    expect(chooseCourier(pickup, [declined], { now: time(119_999), cooldownMs: 120_000 })).toBeNull();
    expect(chooseCourier(pickup, [declined], { now: time(120_000), cooldownMs: 120_000 })?.courierId).toBe('c-near');
    expect(mayOffer(declined, { now: time(30_000), cooldownMs: 120_000 })).toBe(false);
    expect(mayOffer(declined, { now: time(30_000), cooldownMs: 0 })).toBe(true);
  });

  it('offers it again at once to a courier who went offline and came back online since answering', () => {
    const declined = { ...fresh('c-near', at(100)), lastOfferEndedAt: time(0) };
    const now = { now: time(5_000), cooldownMs: 120_000 };
    expect(mayOffer({ ...declined, onlineSince: time(-60_000) }, now)).toBe(false);
    expect(mayOffer({ ...declined, onlineSince: time(0) }, now)).toBe(false);
    expect(mayOffer({ ...declined, onlineSince: time(4_000) }, now)).toBe(true);
    expect(chooseCourier(pickup, [{ ...declined, onlineSince: time(4_000) }], now)?.courierId).toBe('c-near');
  });

  it('goes back first to the courier whose answer lies furthest back, then to the nearest', () => {
    const now = { now: time(600_000), cooldownMs: 120_000 };
    const recentNear = { ...fresh('c-near', at(100)), lastOfferEndedAt: time(200_000) };
    const oldFar = { ...fresh('c-far', at(4000)), lastOfferEndedAt: time(100_000) };
    const oldMid = { ...fresh('c-mid', at(900)), lastOfferEndedAt: time(100_000) };
    const coolingDown = { ...fresh('c-cool', at(10)), lastOfferEndedAt: time(590_000) };
    expect(chooseCourier(pickup, [recentNear, oldFar, coolingDown], now)?.courierId).toBe('c-far');
    expect(chooseCourier(pickup, [recentNear, oldFar, oldMid, coolingDown], now)?.courierId).toBe('c-mid');
    expect(chooseCourier(pickup, [recentNear, coolingDown], now)?.courierId).toBe('c-near');
  });
});

describe('location ping allowance', () => {
  const rate = { perSecond: 2, burst: 3 };
  const t = (ms: number) => new Date(1_700_000_000_000 + ms);

  it('allows a burst, then refills at the sustained rate', () => {
    let bucket = { tokens: 0, at: null as Date | null };
    const allowed: boolean[] = [];
    for (const ms of [0, 10, 20, 30, 520, 530, 1030]) {
      const result = takePing(bucket, t(ms), rate);
      allowed.push(result.allowed);
      bucket = result.bucket;
    }
    // Three from a full bucket, the 4th refused; 490 ms later a token (2/s) is back, 10 ms after that not, 500 ms later again.
    expect(allowed).toEqual([true, true, true, false, true, false, true]);
  });

  it('never holds more than the burst', () => {
    const result = takePing({ tokens: 0, at: t(0) }, t(60_000), rate);
    expect(result).toEqual({ allowed: true, bucket: { tokens: 2, at: t(60_000) } });
  });
});
