import { useQuery, useSubscription } from '@apollo/client/react';
import { KitchenOrderFeedDocument, KitchenQueueDocument, type KitchenTicketFragment } from '@generated/graphql';
import { useEffect, useRef } from 'react';
import { inQueue, isNewArrival, mergeIntoQueue } from './merge-queue';

/**
 * A restaurant's live kitchen queue: `kitchenQueue` once, then every change from
 * `restaurantOrderFeed` merged into that cached list, so new orders appear without a reload.
 * `onArrival` hears of each order that newly waits for an answer (to chime and announce it).
 */
export function useKitchenQueue(restaurantId: string, onArrival: (order: KitchenTicketFragment) => void) {
  const variables = { restaurantId };
  const queue = useQuery(KitchenQueueDocument, { variables });
  // The latest callback, without resubscribing every time the component renders.
  const arrival = useRef(onArrival);
  useEffect(() => {
    arrival.current = onArrival;
  }, [onArrival]);

  const feed = useSubscription(KitchenOrderFeedDocument, {
    variables,
    onData: ({ client, data }) => {
      const changed = data.data?.restaurantOrderFeed;
      if (!changed) return;
      let arrived = false;
      client.cache.updateQuery({ query: KitchenQueueDocument, variables }, (previous) => {
        const current = previous?.kitchenQueue ?? [];
        arrived = isNewArrival(current, changed);
        return { __typename: 'Query' as const, kitchenQueue: mergeIntoQueue(current, changed) };
      });
      if (arrived) arrival.current(changed);
    },
  });

  return {
    // An order this screen just moved out of the kitchen (handed over, rejected) comes back from
    // its mutation into the cache at once; it goes now, not when the feed repeats the change.
    orders: (queue.data?.kitchenQueue ?? []).filter(inQueue),
    loading: queue.loading && !queue.data,
    error: queue.error ?? feed.error,
  };
}
