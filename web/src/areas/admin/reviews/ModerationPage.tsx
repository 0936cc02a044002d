import { useQuery } from '@apollo/client/react';
import { AdminRestaurantReviewsDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useRestaurantsIn } from '../restaurants/use-restaurants-in';
import { ModeratedReview } from './ModeratedReview';

/** Restaurants the picker offers per status. */
const PICKER_SIZE = 100;

/** Review moderation, one restaurant at a time (kept in the address, so it can be shared). */
export function ModerationPage() {
  const { t } = useTranslation('admin');
  // Only restaurants that have taken orders have reviews: approved ones and suspended ones,
  // never those still waiting for approval.
  const active = useRestaurantsIn('ACTIVE', PICKER_SIZE);
  const suspended = useRestaurantsIn('SUSPENDED', PICKER_SIZE);
  const restaurants = [...active.restaurants, ...suspended.restaurants];
  const loading = active.loading || suspended.loading;
  const errors = useApiErrors(active.error ?? suspended.error);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('restaurant') ?? '';
  return (
    <Page title={t('reviews.title')}>
      <ErrorList messages={errors.general} />
      {loading && <Loading />}
      <div className="narrow-field">
        <SelectField
          label={t('reviews.restaurant')}
          value={chosen}
          onChange={(e) => setParams(e.target.value ? { restaurant: e.target.value } : {})}
        >
          <option value="">{t('reviews.choose')}</option>
          {restaurants.map((restaurant) => (
            <option key={restaurant.id} value={restaurant.id}>
              {restaurant.name} — {restaurant.address.city}
            </option>
          ))}
        </SelectField>
      </div>
      {chosen && <RestaurantReviews restaurantId={chosen} />}
    </Page>
  );
}

const PAGE = 20;

function RestaurantReviews({ restaurantId }: { restaurantId: string }) {
  const { t } = useTranslation('admin');
  const { data, loading, error, fetchMore } = useQuery(AdminRestaurantReviewsDocument, { variables: { restaurantId, first: PAGE } });
  const errors = useApiErrors(error);
  if (loading && !data) return <Loading />;
  const reviews = data?.restaurant?.reviews;
  return (
    <section aria-labelledby="admin-reviews">
      <h2 id="admin-reviews">{t('reviews.of', { name: data?.restaurant?.name ?? '' })}</h2>
      <ErrorList messages={errors.general} />
      {reviews && reviews.edges.length === 0 && <p>{t('reviews.none')}</p>}
      <ul className="moderation-list">
        {reviews?.edges.map(({ node }) => (
          <ModeratedReview key={node.id} review={node} />
        ))}
      </ul>
      {reviews?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void fetchMore({ variables: { after: reviews.pageInfo.endCursor } }).catch(() => undefined)}
        >
          {t('reviews.more')}
        </button>
      )}
    </section>
  );
}
