import { useMutation } from '@apollo/client/react';
import { HideReviewDocument, UnhideReviewDocument, type AdminRestaurantReviewsQuery } from '@generated/graphql';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';

type Review = NonNullable<AdminRestaurantReviewsQuery['restaurant']>['reviews']['edges'][number]['node'];

/** One review as admins see it (hidden ones too, with why), to hide with a reason or show again. */
export function ModeratedReview({ review }: { review: Review }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const headingId = useId();
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [hide, hideState] = useMutation(HideReviewDocument);
  const [unhide, unhideState] = useMutation(UnhideReviewDocument);
  const hideErrors = useApiErrors(hideState.error);
  const unhideErrors = useApiErrors(unhideState.error);

  async function submitHide(event: FormEvent) {
    event.preventDefault();
    const { data } = await hide({ variables: { reviewId: review.id, reason } }).catch(() => ({ data: undefined }));
    if (data?.hideReview) {
      setHiding(false);
      setReason('');
    }
  }

  const who = t('reviews.by', { name: review.author.name, date: format.date(review.createdAt) });
  return (
    <li className={`card${review.hidden ? ' hidden-review' : ''}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{who}</h3>
        <p className="row">
          <span>{t('reviews.stars', { count: review.restaurantRating })}</span>
          {review.courierRating != null && <span>{t('reviews.courierStars', { count: review.courierRating })}</span>}
          {review.hidden && <span className="status-badge">{t('reviews.hidden')}</span>}
        </p>
        {review.comment ? <blockquote>{review.comment}</blockquote> : <p className="muted">{t('reviews.noComment')}</p>}
        {review.reply && <p>{t('reviews.reply', { reply: review.reply })}</p>}
        {review.hidden && <p>{t('reviews.hiddenBecause', { reason: review.hiddenReason ?? '' })}</p>}
        <ErrorList messages={[...unplaced(hideErrors, hiding ? ['reason'] : []), ...unhideErrors.general]} />
        {review.hidden ? (
          <button
            type="button"
            className="secondary"
            disabled={unhideState.loading}
            onClick={() => void unhide({ variables: { reviewId: review.id } }).catch(() => undefined)}
          >
            {t('reviews.unhide')}
          </button>
        ) : hiding ? (
          <form className="form" aria-label={t('reviews.hideTitle', { who })} onSubmit={(e) => void submitHide(e)} noValidate>
            <TextField
              label={t('reviews.hideReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={hideErrors.byField.get('reason')}
            />
            <div className="row">
              <button type="submit" disabled={hideState.loading}>
                {t('reviews.confirmHide')}
              </button>
              <button type="button" className="secondary" onClick={() => setHiding(false)}>
                {t('cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="secondary" onClick={() => setHiding(true)}>
            {t('reviews.hide')}
          </button>
        )}
      </article>
    </li>
  );
}
