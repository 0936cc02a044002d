import { useQuery } from '@apollo/client/react';
import { RestaurantReviewsDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';

const PAGE_SIZE = 10;

/** The restaurant's reviews, newest first, with its replies; more on request. */
export function RestaurantReviews({ restaurantId }: { restaurantId: string }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  // Network first: a review just written must show on coming back here.
  const { data, loading, error, fetchMore } = useQuery(RestaurantReviewsDocument, {
    variables: { restaurantId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const errors = useApiErrors(error);
  const reviews = data?.restaurant?.reviews;
  return (
    <section aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t('reviews.title')}</h2>
      <ErrorList messages={errors.general} />
      {reviews && reviews.edges.length === 0 && <p>{t('reviews.none')}</p>}
      {reviews && reviews.edges.length > 0 && (
        <ul className="cards">
          {reviews.edges.map(({ node }) => (
            <li key={node.id} className="card">
              <article aria-label={t('reviews.by', { name: node.author.name })}>
                <p>
                  <strong>{t('reviews.stars', { count: node.restaurantRating })}</strong> · {node.author.name} ·{' '}
                  <span className="muted">{format.date(node.createdAt)}</span>
                </p>
                {node.comment && <p>{node.comment}</p>}
                {node.reply && (
                  <p className="muted">
                    {t('reviews.reply')}: {node.reply}
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      {reviews?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: reviews.pageInfo.endCursor } })}
        >
          {t('reviews.more')}
        </button>
      )}
    </section>
  );
}
