import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';

/** "4.5 of 5 stars (12 reviews)" or "No reviews yet". */
export function RatingText({ rating, count }: { rating: number | null | undefined; count: number }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  if (rating == null || count === 0) return <span>{t('rating.none')}</span>;
  return <span>{t('rating.stars', { rating: format.number(rating, { maximumFractionDigits: 1 }), count })}</span>;
}
