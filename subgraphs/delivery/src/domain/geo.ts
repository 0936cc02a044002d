import { BadUserInputError } from '@foodgraph/platform/errors';

/** A WGS-84 point. */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_METERS = 6_371_000;
const rad = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance in whole meters (haversine on a spherical earth). */
export function haversineMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h))));
}

/** Distance between two possibly unknown points; null when either is unknown. */
export function distanceOrNull(a: LatLng | null | undefined, b: LatLng | null | undefined): number | null {
  return a && b ? haversineMeters(a, b) : null;
}

/**
 * A point from a client, or BAD_USER_INPUT naming `<field>.lat` / `<field>.lng`. NaN and
 * infinities cannot arrive through GraphQL's Float, but the check costs nothing.
 */
export function checkLocation(point: LatLng, field: string): LatLng {
  if (!Number.isFinite(point.lat) || point.lat < -90 || point.lat > 90)
    throw new BadUserInputError(`${field}.lat`, 'Latitude must be between -90 and 90');
  if (!Number.isFinite(point.lng) || point.lng < -180 || point.lng > 180)
    throw new BadUserInputError(`${field}.lng`, 'Longitude must be between -180 and 180');
  return { lat: point.lat, lng: point.lng };
}
