import { useQuery } from '@apollo/client/react';
import { AdminRestaurantsDocument, type AdminRestaurantsQuery, type RestaurantStatus } from '@generated/graphql';

export type AdminRestaurant = AdminRestaurantsQuery['restaurants']['edges'][number]['node'];

/**
 * The restaurants in one status with their owners, oldest first (so the approval queue is in
 * the order partners asked), a page at a time. Only admins may list statuses other than ACTIVE.
 */
export function useRestaurantsIn(status: RestaurantStatus, pageSize: number) {
  const { data, loading, error, fetchMore } = useQuery(AdminRestaurantsDocument, {
    variables: { status, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.restaurants;
  // An approval or suspension updates the restaurant's cached status at once; until the list is
  // read again it must not linger under its old status.
  const restaurants = (page?.edges ?? []).map((edge) => edge.node).filter((restaurant) => restaurant.status === status);
  const loadMore = () =>
    fetchMore({
      variables: { after: page?.pageInfo.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        restaurants: { ...fetchMoreResult.restaurants, edges: [...previous.restaurants.edges, ...fetchMoreResult.restaurants.edges] },
      }),
    }).catch(() => undefined);
  return { restaurants, loading: loading && !data, error, hasMore: page?.pageInfo.hasNextPage ?? false, loadMore };
}
