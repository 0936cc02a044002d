import { chooseCourier } from '../../src/domain/dispatch';
import { takePing } from '../../src/domain/ping-rate';

describe('choosing a courier', () => {
  const pickup = { lat: 52.52, lng: 13.4 };
  const at = (meters: number) => ({ lat: 52.52 + meters / 111_195, lng: 13.4 });
  const candidates = [
    { courierId: 'c-far', location: at(3000) },
    { courierId: 'c-near', location: at(-400) },
    { courierId: 'c-unknown', location: null },
    { courierId: 'c-mid', location: at(900) },
  ];

  it('picks the nearest available courier to the pick-up', () => {
    expect(chooseCourier(pickup, candidates)?.courierId).toBe('c-near');
  });

  it('skips couriers who were already offered the delivery', () => {
    expect(chooseCourier(pickup, candidates, new Set(['c-near']))?.courierId).toBe('c-mid');
    expect(chooseCourier(pickup, candidates, new Set(['c-near', 'c-mid', 'c-far']))?.courierId).toBe('c-unknown');
    expect(chooseCourier(pickup, candidates, new Set(['c-near', 'c-mid', 'c-far', 'c-unknown']))).toBeNull();
    expect(chooseCourier(pickup, [])).toBeNull();
  });

  it('breaks ties by id, so every replica makes the same choice, and without a pick-up location goes by id alone', () => {
    const tied = [
      { courierId: 'b', location: at(100) },
      { courierId: 'a', location: at(-100) },
    ];
    expect(chooseCourier(pickup, tied)?.courierId).toBe('a');
    expect(chooseCourier(null, candidates)?.courierId).toBe('c-far');
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
