export interface Fix {
  lat: number;
  lng: number;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Send a position at least this often while it changes little… @default 5 s */
export const MIN_INTERVAL_MS = 5_000;
/** …or as soon as the courier has moved this far. @default 25 m */
export const MIN_DISTANCE_M = 25;
/** Never more often than this, however fast the courier moves (the API asks for a few per second at most). */
export const FLOOR_INTERVAL_MS = 1_000;

const EARTH_RADIUS_M = 6_371_000;

/** Great-circle distance in metres. */
export function distanceMeters(a: Pick<Fix, 'lat' | 'lng'>, b: Pick<Fix, 'lat' | 'lng'>): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/**
 * Whether a new browser position is worth reporting: the first one always; then one every
 * 5 s, or sooner when the courier moved 25 m — a phone's GPS fires every second, and each
 * report is a write on the server and a push to the customer's map.
 */
export function shouldSend(last: Fix | undefined, next: Fix): boolean {
  if (!last) return true;
  const elapsed = next.at - last.at;
  if (elapsed < FLOOR_INTERVAL_MS) return false;
  return elapsed >= MIN_INTERVAL_MS || distanceMeters(last, next) >= MIN_DISTANCE_M;
}
