/** A WGS-84 position in degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Mean earth radius (IUGG), in metres. */
const EARTH_RADIUS_M = 6_371_008.8;
const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;

/** Great-circle distance between two points in metres (haversine formula). */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A lat/lng rectangle that contains every point within `radiusMeters` of `center`, for a cheap
 * SQL prefilter before the exact haversine check. `lng` is null when the circle reaches a pole
 * or crosses the antimeridian: then every longitude has to be considered.
 */
export interface BoundingBox {
  minLat: number;
  maxLat: number;
  lng: { min: number; max: number } | null;
}

export function boundingBox(center: LatLng, radiusMeters: number): BoundingBox {
  const angular = radiusMeters / EARTH_RADIUS_M;
  const minLat = center.lat - toDeg(angular);
  const maxLat = center.lat + toDeg(angular);
  if (minLat <= -90 || maxLat >= 90) return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90), lng: null };
  // The widest longitude span of the circle, at the latitude where it is tangent to a meridian.
  const dLng = toDeg(Math.asin(Math.sin(angular) / Math.cos(toRad(center.lat))));
  const min = center.lng - dLng;
  const max = center.lng + dLng;
  if (min < -180 || max > 180) return { minLat, maxLat, lng: null };
  return { minLat, maxLat, lng: { min, max } };
}
