import { InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Value types: they have no id and mean nothing apart from their parent, so they are stored
 * inside it and a newer value simply replaces the older (no "cache data may be lost" merge).
 */
const VALUE_TYPES = [
  'Money',
  'Address',
  'GeoPoint',
  'OpeningHours',
  'OrderStatusChange',
  'Payment',
  'LocationPing',
  'BonusLine',
  'CourierEarnings',
] as const;

export function createCache(): InMemoryCache {
  const valuePolicies = Object.fromEntries(VALUE_TYPES.map((type) => [type, { keyFields: false as const, merge: true }]));
  return new InMemoryCache({
    typePolicies: {
      ...valuePolicies,
      Query: {
        fields: {
          // Connections: "load more" appends the next page to what the list shows.
          restaurants: relayStylePagination(['filter']),
          myOrders: relayStylePagination(),
        },
      },
      Restaurant: { fields: { reviews: relayStylePagination() } },
    },
  });
}
