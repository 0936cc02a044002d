import { useSubscription } from '@apollo/client/react';
import { CourierLocationDocument, type CustomerOrderFragment } from '@generated/graphql';
import { useMemo, useState } from 'react';
import type { TrackPoint } from '../../../map/map-points';
import { courierUnderway } from './order-status';

/**
 * The courier's trail: the delivery's last reported points from the order, then every position
 * `courierLocation` pushes while a courier has the delivery, oldest first and without repeats.
 */
export function useCourierTrack(order: CustomerOrderFragment | null | undefined): TrackPoint[] {
  const [live, setLive] = useState<TrackPoint[]>([]);
  const following = !!order?.delivery?.courier && courierUnderway(order.status);
  useSubscription(CourierLocationDocument, {
    variables: { orderId: order?.id ?? '' },
    skip: !following,
    onData: ({ data }) => {
      const ping = data.data?.courierLocation;
      if (ping) setLive((points) => [...points, { at: ping.at, location: { lat: ping.location.lat, lng: ping.location.lng } }]);
    },
  });
  const stored = order?.delivery?.track;
  return useMemo(() => {
    const byTime = new Map<string, TrackPoint>();
    for (const p of [...(stored ?? []), ...live]) byTime.set(p.at, { at: p.at, location: { lat: p.location.lat, lng: p.location.lng } });
    return [...byTime.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }, [stored, live]);
}
