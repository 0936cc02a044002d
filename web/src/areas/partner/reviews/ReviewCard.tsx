import { useMutation } from '@apollo/client/react';
import { ReplyToReviewDocument, type ReviewFieldsFragment } from '@generated/graphql';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useFormErrors } from '../form/use-form-errors';

/** One review: stars, comment, and the restaurant's public reply (or a form to write it, once). */
export function ReviewCard({ review }: { review: ReviewFieldsFragment }) {
  const { t } = useTranslation('partner');
  const format = useFormat();
  const headingId = useId();
  const [reply, setReply] = useState('');
  const [send, { loading, error }] = useMutation(ReplyToReviewDocument);
  const errors = useFormErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The answer carries the reply: the cache shows it in place of the form.
    await send({ variables: { reviewId: review.id, reply } }).catch(() => undefined);
  }

  return (
    <li className="card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{t('reviews.by', { name: review.author.name, date: format.date(review.createdAt) })}</h2>
        <p>
          {t('reviews.stars', { count: review.restaurantRating })}
          {review.courierRating != null && ` · ${t('reviews.courierStars', { count: review.courierRating })}`}
        </p>
        {review.comment ? <blockquote>{review.comment}</blockquote> : <p className="muted">{t('reviews.noComment')}</p>}
        {review.reply ? (
          <div className="review-reply">
            <h3>{t('reviews.yourReply', { date: format.date(review.repliedAt) })}</h3>
            <p>{review.reply}</p>
          </div>
        ) : (
          <form className="form" onSubmit={(e) => void submit(e)} noValidate>
            <ErrorList messages={errors.general(['reply'])} />
            <TextAreaField
              label={t('reviews.replyLabel', { name: review.author.name })}
              rows={3}
              value={reply}
              onChange={(e) => setReply(e.target.value)}
              error={errors.errorOf('reply')}
            />
            <button type="submit" disabled={loading}>
              {t('reviews.send')}
            </button>
          </form>
        )}
      </article>
    </li>
  );
}
