import { useQuery } from '@apollo/client/react';
import { DashboardReviewsDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { ReviewCard } from './ReviewCard';

const PAGE = 20;

/** Reviews of one of the partner's restaurants, newest first, each to reply to once. */
export function ReviewsPage() {
  const { t } = useTranslation('partner');
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error, fetchMore } = useQuery(DashboardReviewsDocument, { variables: { restaurantId: id, first: PAGE } });
  const errors = useApiErrors(error);
  const restaurant = data?.restaurant;
  if (loading && !data) return <Loading />;
  if (!restaurant) {
    return (
      <Page title={t('reviews.notFound')}>
        <ErrorList messages={errors.general} />
        <Link to="/partner">{t('back')}</Link>
      </Page>
    );
  }
  const { edges, pageInfo } = restaurant.reviews;
  return (
    <Page title={t('reviews.title', { name: restaurant.name })}>
      <p>
        {restaurant.rating == null
          ? t('reviews.noRating')
          : t('reviews.rating', { rating: format.number(restaurant.rating, { maximumFractionDigits: 2 }), count: restaurant.reviewCount })}
      </p>
      <ErrorList messages={errors.general} />
      {edges.length === 0 ? (
        <p>{t('reviews.none')}</p>
      ) : (
        <ul className="review-list">
          {edges.map(({ node }) => (
            <ReviewCard key={node.id} review={node} />
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <button
          type="button"
          className="secondary"
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined)}
        >
          {t('reviews.more')}
        </button>
      )}
    </Page>
  );
}
