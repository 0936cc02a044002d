/** A point on the map (WGS-84), as the API's GeoPoint. */
export interface MapPoint {
  lat: number;
  lng: number;
}

/** One reported position of the courier. */
export interface TrackPoint {
  at: string;
  location: MapPoint;
}

/** What a delivery map shows: any of them may be unknown (an address that was not geocoded). */
export interface DeliveryMapProps {
  restaurant: MapPoint | null | undefined;
  dropoff: MapPoint | null | undefined;
  /** The courier's positions, oldest first; the last one is where the courier is now. */
  track: readonly TrackPoint[];
  /** The map's accessible name, e.g. "Map of order 042". */
  label: string;
}

/** Every known point, for fitting the view around them. */
export function knownPoints({ restaurant, dropoff, track }: Pick<DeliveryMapProps, 'restaurant' | 'dropoff' | 'track'>): MapPoint[] {
  return [restaurant, dropoff, ...track.map((p) => p.location)].filter((p): p is MapPoint => !!p);
}
