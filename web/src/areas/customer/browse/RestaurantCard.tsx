import type { RestaurantCardFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { RatingText } from '../reviews/RatingText';

/** One restaurant in the list: its name links to its page. */
export function RestaurantCard({ restaurant }: { restaurant: RestaurantCardFragment }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  return (
    <article className="card" aria-labelledby={`restaurant-${restaurant.id}`}>
      <h2 id={`restaurant-${restaurant.id}`}>
        <Link to={`/restaurants/${restaurant.id}`}>{restaurant.name}</Link>
      </h2>
      <p className="row">
        <span className="status-badge">{restaurant.isOpen ? t('restaurant.open') : t('restaurant.closed')}</span>
        <span>{restaurant.cuisines.join(', ')}</span>
      </p>
      {restaurant.description && <p>{restaurant.description}</p>}
      <p className="muted">
        <RatingText rating={restaurant.rating} count={restaurant.reviewCount} />
        <br />
        {t('restaurant.fees', { fee: format.money(restaurant.deliveryFee), minimum: format.money(restaurant.minimumOrder) })}
        {restaurant.address.city && ` · ${restaurant.address.city}`}
      </p>
    </article>
  );
}
