import { boundingBox, haversineMeters } from '../../src/domain/geo';

const berlin = { lat: 52.52, lng: 13.405 };
const hamburg = { lat: 53.5511, lng: 9.9937 };

describe('geo', () => {
  it('measures great-circle distances', () => {
    expect(haversineMeters(berlin, berlin)).toBe(0);
    // Berlin–Hamburg is about 255 km as the crow flies.
    expect(haversineMeters(berlin, hamburg)).toBeGreaterThan(250_000);
    expect(haversineMeters(berlin, hamburg)).toBeLessThan(258_000);
    // One degree of latitude is about 111.2 km.
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111_195, -1);
  });

  it('is symmetric', () => {
    expect(haversineMeters(berlin, hamburg)).toBeCloseTo(haversineMeters(hamburg, berlin), 6);
  });

  it('builds a bounding box that contains the whole circle', () => {
    const box = boundingBox(berlin, 5000);
    expect(box.lng).not.toBeNull();
    for (let bearing = 0; bearing < 360; bearing += 15) {
      // A point just inside the radius in every direction (flat approximation is fine at 5 km).
      const rad = (bearing * Math.PI) / 180;
      const dLat = (4990 * Math.cos(rad)) / 111_195;
      const dLng = (4990 * Math.sin(rad)) / (111_195 * Math.cos((berlin.lat * Math.PI) / 180));
      const p = { lat: berlin.lat + dLat, lng: berlin.lng + dLng };
      expect(haversineMeters(berlin, p)).toBeLessThan(5000);
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(box.lng!.min);
      expect(p.lng).toBeLessThanOrEqual(box.lng!.max);
    }
  });

  it('drops the longitude bound near a pole or across the antimeridian', () => {
    expect(boundingBox({ lat: 89.99, lng: 0 }, 5000).lng).toBeNull();
    expect(boundingBox({ lat: 0, lng: 179.99 }, 5000).lng).toBeNull();
  });
});
