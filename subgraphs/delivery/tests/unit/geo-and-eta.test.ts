import { checkLocation, haversineMeters } from '../../src/domain/geo';
import { estimateArrival, minutesUntil, travelMinutes } from '../../src/domain/eta';

describe('haversine distance', () => {
  it('measures a hundredth of a degree along a meridian as R × π/18000 ≈ 1112 m', () => {
    // 6 371 000 m × 0.01 × π / 180 = 1111.95 m
    expect(haversineMeters({ lat: 52.52, lng: 13.4 }, { lat: 52.53, lng: 13.4 })).toBe(1112);
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 1 })).toBe(111_195);
    expect(haversineMeters({ lat: 10, lng: 20 }, { lat: 10, lng: 20 })).toBe(0);
  });

  it('takes the short way across the antimeridian', () => {
    expect(haversineMeters({ lat: 0, lng: 179.99 }, { lat: 0, lng: -179.99 })).toBe(2224);
  });
});

describe('location validation', () => {
  it('names the offending coordinate', () => {
    expect(() => checkLocation({ lat: 90.0001, lng: 0 }, 'location')).toThrow(expect.objectContaining({ field: 'location.lat' }));
    expect(() => checkLocation({ lat: 0, lng: -181 }, 'location')).toThrow(expect.objectContaining({ field: 'location.lng' }));
    expect(() => checkLocation({ lat: Number.NaN, lng: 0 }, 'location')).toThrow(expect.objectContaining({ field: 'location.lat' }));
    expect(checkLocation({ lat: -90, lng: 180 }, 'location')).toEqual({ lat: -90, lng: 180 });
  });
});

describe('ETA', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  const pickup = { lat: 52.52, lng: 13.4 };
  const base = { now, vehicle: 'BICYCLE' as const, pickup, dropoff: { lat: 52.5, lng: 13.4 }, distanceMeters: 3000, readyAt: null };

  it('rides at the vehicle speed: 3000 m by bicycle (200 m/min) is 15 minutes, on foot 45', () => {
    expect(travelMinutes(3000, 'BICYCLE')).toBe(15);
    expect(travelMinutes(3000, 'ON_FOOT')).toBe(45);
    expect(travelMinutes(3000, 'CAR')).toBeCloseTo(9, 10);
  });

  it('before pick-up adds the ride to the restaurant, or the wait for the kitchen if that is longer', () => {
    // 1112 m to the restaurant = 5.56 min, then 15 min: ceil(20.56) = 21.
    const courier = { lat: 52.53, lng: 13.4 };
    expect(estimateArrival({ ...base, pickedUp: false, courier })).toEqual(new Date('2026-03-02T12:21:00Z'));
    // The kitchen needs 10 more minutes, longer than the 5.56 min ride: 10 + 15 = 25.
    const readyAt = new Date('2026-03-02T12:10:00Z');
    expect(estimateArrival({ ...base, pickedUp: false, courier, readyAt })).toEqual(new Date('2026-03-02T12:25:00Z'));
    // Courier position unknown: just the main leg.
    expect(estimateArrival({ ...base, pickedUp: false, courier: null })).toEqual(new Date('2026-03-02T12:15:00Z'));
  });

  it('after pick-up is the ride from where the courier is to the customer', () => {
    // 2224 m left = 11.12 min → 12.
    const courier = { lat: 52.52, lng: 13.4 };
    const dropoff = { lat: 52.5, lng: 13.4 };
    expect(estimateArrival({ ...base, dropoff, pickedUp: true, courier })).toEqual(new Date('2026-03-02T12:12:00Z'));
    expect(minutesUntil(new Date('2026-03-02T12:12:00Z'), new Date('2026-03-02T12:00:30Z'))).toBe(12);
    expect(minutesUntil(new Date('2026-03-02T12:12:00Z'), new Date('2026-03-02T12:30:00Z'))).toBe(0);
  });
});
