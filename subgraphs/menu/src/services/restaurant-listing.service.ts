import type { Identity } from '@foodgraph/platform/auth';
import { pageOf, type Page } from '@foodgraph/platform/pagination';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { boundingBox, haversineMeters } from '../domain/geo';
import { isOpenNow } from '../domain/opening-hours';
import type { RestaurantCriteria } from '../domain/restaurant-filter';
import { RestaurantStatus } from '../domain/restaurant-status';
import { likePattern } from '../domain/search';
import { RestaurantEntity } from '../entities/restaurant.entity';
import { assertCanListRestaurantsIn } from './access';

/** Rows read per round when some criteria can only be checked in code. @default 200 */
const DEFAULT_SCAN_BATCH = 200;

/**
 * The listing: ACTIVE restaurants (or, for admins, those in another status) in id (= creation) order after a cursor. Text,
 * cuisine and the bounding box of `near` are filtered in SQL; the exact distance and the
 * opening hours (which depend on each restaurant's time zone) are checked in code, reading
 * further rows until the page is full so pages never come back short while more match.
 */
export class RestaurantListingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scanBatch = DEFAULT_SCAN_BATCH,
  ) {}

  /** The page of `first` matches after `afterId` (the id inside the client's cursor), oldest first. */
  async page(
    identity: Identity,
    criteria: RestaurantCriteria,
    first: number,
    afterId: string | null,
    now: Date,
  ): Promise<Page<RestaurantEntity>> {
    assertCanListRestaurantsIn(identity, criteria.status ?? RestaurantStatus.Active);
    const exact = exactFilter(criteria, now);
    const matches: RestaurantEntity[] = [];
    let scannedUpTo = afterId;
    // One more than asked tells whether another page follows.
    const wanted = first + 1;
    for (;;) {
      const limit = exact ? Math.max(this.scanBatch, wanted) : wanted;
      const qb = this.baseQuery(criteria);
      if (scannedUpTo) qb.andWhere('r.id > :after', { after: scannedUpTo });
      const rows = await qb.orderBy('r.id', 'ASC').limit(limit).getMany();
      for (const row of rows) if (!exact || exact(row)) matches.push(row);
      if (matches.length >= wanted || rows.length < limit) break;
      scannedUpTo = rows[rows.length - 1].id;
    }
    return pageOf(matches, first);
  }

  private baseQuery(criteria: RestaurantCriteria): SelectQueryBuilder<RestaurantEntity> {
    const qb = this.dataSource
      .getRepository(RestaurantEntity)
      .createQueryBuilder('r')
      .where('r.status = :status', { status: criteria.status ?? RestaurantStatus.Active });
    if (criteria.search) {
      // Backslash is LIKE's default escape character, which `likePattern` relies on.
      qb.andWhere("(r.name ILIKE :pattern OR r.description ILIKE :pattern OR array_to_string(r.cuisines, ' ') ILIKE :pattern)", {
        pattern: likePattern(criteria.search),
      });
    }
    if (criteria.cuisine) {
      qb.andWhere('EXISTS (SELECT 1 FROM unnest(r.cuisines) AS c(name) WHERE lower(c.name) = lower(:cuisine))', {
        cuisine: criteria.cuisine,
      });
    }
    if (criteria.openNow) qb.andWhere('r.accepting_orders = true');
    if (criteria.near) {
      const box = boundingBox(criteria.near.center, criteria.near.radiusMeters);
      qb.andWhere('r.lat BETWEEN :minLat AND :maxLat', { minLat: box.minLat, maxLat: box.maxLat });
      if (box.lng) qb.andWhere('r.lng BETWEEN :minLng AND :maxLng', { minLng: box.lng.min, maxLng: box.lng.max });
    }
    return qb;
  }
}

/** The criteria SQL cannot decide, as one predicate; undefined when SQL decided everything. */
function exactFilter(criteria: RestaurantCriteria, now: Date): ((r: RestaurantEntity) => boolean) | undefined {
  const { near, openNow } = criteria;
  if (!near && !openNow) return undefined;
  return (r) => {
    if (near && (r.lat === null || r.lng === null || haversineMeters(near.center, { lat: r.lat, lng: r.lng }) > near.radiusMeters))
      return false;
    // Only an ACTIVE restaurant is ever open (as `Restaurant.isOpen` says), whatever its hours.
    if (openNow && (r.status !== RestaurantStatus.Active || !isOpenNow(r.openingHours, r.acceptingOrders, r.timeZone, now))) return false;
    return true;
  };
}
