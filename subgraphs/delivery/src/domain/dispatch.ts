import { haversineMeters, type LatLng } from './geo';

/** A courier the dispatcher may offer a delivery to. */
export interface DispatchCandidate {
  courierId: string;
  location: LatLng | null;
}

/**
 * The courier to offer a delivery to: the nearest one to the pick-up. Couriers without a
 * known location come after every located one (they may be anywhere); ties go to the lower
 * id so that every replica makes the same choice. With no pick-up location all distances
 * are unknown and the order is by id alone. Couriers in `exclude` (already offered this
 * delivery) are never chosen.
 */
export function chooseCourier(
  pickup: LatLng | null,
  candidates: readonly DispatchCandidate[],
  exclude: ReadonlySet<string> = new Set(),
): DispatchCandidate | null {
  let best: { candidate: DispatchCandidate; distance: number } | null = null;
  for (const candidate of candidates) {
    if (exclude.has(candidate.courierId)) continue;
    const distance = pickup && candidate.location ? haversineMeters(pickup, candidate.location) : Number.POSITIVE_INFINITY;
    if (best === null || distance < best.distance || (distance === best.distance && candidate.courierId < best.candidate.courierId)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate ?? null;
}
