import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useRefreshOnLiveConnect } from '../../../apollo/live-connection';
import { CourierDeliveryOffersDocument, MyCourierProfileDocument, type CourierDeliveryFragment } from '@generated/graphql';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What to tell the courier about one change of their offers and deliveries. */
function newsOf(delivery: CourierDeliveryFragment, t: TFunction<'courier'>): string | undefined {
  const what = { number: delivery.order.number, restaurant: delivery.order.restaurant.name };
  switch (delivery.status) {
    case 'AWAITING_COURIER':
      // Still offered to this courier (the offer has a clock); otherwise it went elsewhere.
      return delivery.offerExpiresAt ? t('news.offer', what) : t('news.offerGone', what);
    case 'ASSIGNED':
      return t('news.assigned', what);
    case 'PICKED_UP':
      return t('news.pickedUp', what);
    case 'DELIVERED':
      return t('news.delivered', what);
    case 'CANCELLED':
    case 'FAILED':
      return t('news.cancelled', what);
    default:
      return undefined;
  }
}

/**
 * The `deliveryOffers` feed: each change refreshes the courier's profile (which offer waits,
 * which delivery is held) and becomes a sentence for the page's live region.
 */
export function useDeliveryNews() {
  const { t } = useTranslation('courier');
  const [news, setNews] = useState('');
  const apollo = useApolloClient();
  // An offer made while the socket was connecting or down is in the profile, not in the feed.
  useRefreshOnLiveConnect(() => apollo.refetchQueries({ include: [MyCourierProfileDocument] }));
  const feed = useSubscription(CourierDeliveryOffersDocument, {
    onData: ({ client, data }) => {
      const delivery = data.data?.deliveryOffers;
      if (!delivery) return;
      void client.refetchQueries({ include: [MyCourierProfileDocument] });
      setNews(newsOf(delivery, t) ?? '');
    },
  });
  return { news, error: feed.error };
}
