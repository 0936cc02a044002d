import { useQuery } from '@apollo/client/react';
import { AdminPartnerRestaurantsDocument, type AdminPartnerRestaurantsQuery } from '@generated/graphql';

type Partner = AdminPartnerRestaurantsQuery['users'][number];
export type AdminRestaurant = Partner['restaurants'][number] & { owner: Pick<Partner, 'id' | 'name' | 'email'> };

const PARTNERS_PER_PAGE = 100;

/**
 * Every restaurant, whatever its status, with its owner. The API's `restaurants` lists ACTIVE
 * ones only; for admins each partner's `restaurants` holds all of theirs, so this pages through
 * the partners (by the last partner's id) and gathers their restaurants.
 */
export function useAllRestaurants() {
  const { data, loading, error, fetchMore } = useQuery(AdminPartnerRestaurantsDocument, {
    variables: { first: PARTNERS_PER_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const partners = data?.users ?? [];
  const restaurants: AdminRestaurant[] = partners.flatMap((partner) =>
    partner.restaurants.map((restaurant) => ({
      ...restaurant,
      owner: { id: partner.id, name: partner.name, email: partner.email ?? null },
    })),
  );
  const last = partners.at(-1);
  // A full page may have more behind it; a short one is the end.
  const morePartners = partners.length > 0 && partners.length % PARTNERS_PER_PAGE === 0;
  const loadMore = () =>
    fetchMore({
      variables: { after: last?.id ?? null },
      updateQuery: (previous, { fetchMoreResult }) => ({ ...previous, users: [...previous.users, ...fetchMoreResult.users] }),
    }).catch(() => undefined);
  return { restaurants, loading: loading && !data, error, morePartners, loadMore };
}
