import { useMutation } from '@apollo/client/react';
import { OrderDetailDocument, SubmitReviewDocument, type CustomerOrderFragment } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { StarsField } from './StarsField';

const FIELDS = ['input.restaurantRating', 'input.courierRating', 'input.comment'];

/** After delivery: stars for the restaurant (and the courier, when one delivered), a comment. */
export function ReviewForm({ order }: { order: CustomerOrderFragment }) {
  const { t } = useTranslation('customer');
  const [submitReview, { loading, error }] = useMutation(SubmitReviewDocument, {
    // The order then shows its review, and the restaurant's page its new average.
    refetchQueries: [{ query: OrderDetailDocument, variables: { id: order.id } }],
    update: (cache) => {
      cache.evict({ id: cache.identify({ __typename: 'Restaurant', id: order.restaurant.id }), fieldName: 'rating' });
      cache.evict({ id: cache.identify({ __typename: 'Restaurant', id: order.restaurant.id }), fieldName: 'reviewCount' });
      cache.evict({ id: cache.identify({ __typename: 'Restaurant', id: order.restaurant.id }), fieldName: 'reviews' });
    },
  });
  const errors = useApiErrors(error);
  const [restaurantRating, setRestaurantRating] = useState(0);
  const [courierRating, setCourierRating] = useState(0);
  const [comment, setComment] = useState('');
  const review = order.review;

  if (review) {
    return (
      <section aria-labelledby="review-heading" className="card">
        <h2 id="review-heading">{t('review.yours')}</h2>
        <p>
          {t('review.restaurantStars', { count: review.restaurantRating })}
          {review.courierRating != null && ` · ${t('review.courierStars', { count: review.courierRating })}`}
        </p>
        {review.comment && <p>{review.comment}</p>}
      </section>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    await submitReview({
      variables: {
        input: {
          orderId: order.id,
          restaurantRating,
          ...(courierRating ? { courierRating } : {}),
          ...(comment.trim() ? { comment } : {}),
        },
      },
    }).catch(() => undefined);
  }

  return (
    <section aria-labelledby="review-heading" className="card">
      <h2 id="review-heading">{t('review.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorList messages={unplaced(errors, FIELDS)} />
        <StarsField
          legend={t('review.restaurant')}
          name="restaurantRating"
          value={restaurantRating}
          onChange={setRestaurantRating}
          error={errors.byField.get('input.restaurantRating')}
        />
        {order.delivery?.courier && (
          <StarsField
            legend={t('review.courier', { name: order.delivery.courier.name })}
            name="courierRating"
            value={courierRating}
            onChange={setCourierRating}
            error={errors.byField.get('input.courierRating')}
          />
        )}
        <div className="field">
          <label htmlFor="review-comment">{t('review.comment')}</label>
          <textarea
            id="review-comment"
            rows={3}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-invalid={errors.byField.has('input.comment') || undefined}
            aria-describedby={errors.byField.has('input.comment') ? 'review-comment-error' : undefined}
          />
          {errors.byField.has('input.comment') && (
            <span id="review-comment-error" className="field-error" role="alert">
              {errors.byField.get('input.comment')}
            </span>
          )}
        </div>
        <button type="submit" disabled={loading}>
          {t('review.submit')}
        </button>
      </form>
    </section>
  );
}
