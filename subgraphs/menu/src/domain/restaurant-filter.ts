import { BadUserInputError } from '@foodgraph/platform/errors';
import type { LatLng } from './geo';
import { geoPoint } from './input-rules';
import type { RestaurantStatus } from './restaurant-status';

/** Radius of a `near` search when none is given, in metres. */
export const DEFAULT_RADIUS_METERS = 5000;
/** Largest radius a `near` search may use, in metres. */
export const MAX_RADIUS_METERS = 50_000;

export interface RestaurantFilterDraft {
  search?: string | null | undefined;
  cuisine?: string | null | undefined;
  openNow?: boolean | null | undefined;
  near?: LatLng | null | undefined;
  radiusMeters?: number | null | undefined;
  status?: RestaurantStatus | null | undefined;
}

/** A checked listing filter; absent criteria are undefined. */
export interface RestaurantCriteria {
  search?: string;
  cuisine?: string;
  /** Only restaurants open at the time of the query. */
  openNow?: true;
  near?: { center: LatLng; radiusMeters: number };
  /** Restaurants in this status; undefined means ACTIVE, the public listing. */
  status?: RestaurantStatus;
}

/** Checks the public listing filter; blank search/cuisine texts mean "no criterion". */
export function validateRestaurantFilter(filter: RestaurantFilterDraft | null | undefined, field = 'filter'): RestaurantCriteria {
  if (!filter) return {};
  const criteria: RestaurantCriteria = {};
  const search = filter.search?.trim();
  if (search) {
    if (search.length > 100) throw new BadUserInputError(`${field}.search`, 'search must be at most 100 characters');
    criteria.search = search;
  }
  const cuisine = filter.cuisine?.trim();
  if (cuisine) criteria.cuisine = cuisine;
  // false means "open or not" (an unticked checkbox), not "closed only".
  if (filter.openNow === true) criteria.openNow = true;
  if (filter.radiusMeters != null) {
    if (!filter.near) throw new BadUserInputError(`${field}.near`, 'near is required when radiusMeters is given');
    if (!Number.isInteger(filter.radiusMeters) || filter.radiusMeters < 1 || filter.radiusMeters > MAX_RADIUS_METERS) {
      throw new BadUserInputError(`${field}.radiusMeters`, `radiusMeters must be between 1 and ${MAX_RADIUS_METERS}`);
    }
  }
  if (filter.near) {
    criteria.near = { center: geoPoint(filter.near, `${field}.near`), radiusMeters: filter.radiusMeters ?? DEFAULT_RADIUS_METERS };
  }
  if (filter.status) criteria.status = filter.status;
  return criteria;
}
