import { useQuery } from '@apollo/client/react';
import { MyRestaurantsDocument, type MyRestaurantsQuery } from '@generated/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { RestaurantStatusBadge, RestaurantStatusNotice } from './RestaurantStatus';

/** The partner's restaurants with their approval status and where to manage each. */
export function RestaurantsPage() {
  const { t } = useTranslation('partner');
  const { data, loading, error } = useQuery(MyRestaurantsDocument, { fetchPolicy: 'cache-and-network' });
  const errors = useApiErrors(error);
  const [params] = useSearchParams();
  const created = data?.me?.restaurants.find((r) => r.id === params.get('created'));
  const restaurants = data?.me?.restaurants ?? [];
  return (
    <Page
      title={t('title')}
      actions={
        <Link className="button" to="/partner/new">
          {t('links.new')}
        </Link>
      }
    >
      <div aria-live="polite">{created && <p className="notice">{t('new.created', { name: created.name })}</p>}</div>
      <ErrorList messages={errors.general} />
      {loading && !data && <Loading />}
      {data && restaurants.length === 0 && <p>{t('list.empty')}</p>}
      <ul className="cards">
        {restaurants.map((restaurant) => (
          <RestaurantCard key={restaurant.id} restaurant={restaurant} />
        ))}
      </ul>
    </Page>
  );
}

type Owned = NonNullable<MyRestaurantsQuery['me']>['restaurants'][number];

function RestaurantCard({ restaurant }: { restaurant: Owned }) {
  const { t } = useTranslation('partner');
  const format = useFormat();
  const headingId = useId();
  return (
    <li className="card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>{restaurant.name}</h2>
        <p className="row">
          <RestaurantStatusBadge restaurant={restaurant} />
          {restaurant.status === 'ACTIVE' && <span>{restaurant.isOpen ? t('list.openNow') : t('list.closedNow')}</span>}
        </p>
        <RestaurantStatusNotice restaurant={restaurant} />
        <p className="muted">
          {restaurant.cuisines.join(', ')}
          {restaurant.cuisines.length > 0 && ' · '}
          {restaurant.address.city}
        </p>
        <p>{t('list.deliveryFee', { fee: format.money(restaurant.deliveryFee) })}</p>
        <ul className="partner-links">
          <li>
            <Link to={`/partner/restaurants/${restaurant.id}`}>{t('links.edit')}</Link>
          </li>
          <li>
            <Link to={`/partner/restaurants/${restaurant.id}/menu`}>{t('links.menu')}</Link>
          </li>
          <li>
            <Link to={`/partner/restaurants/${restaurant.id}/reviews`}>{t('links.reviews')}</Link>
          </li>
          <li>
            <Link to={`/partner/restaurants/${restaurant.id}/staff`}>{t('links.staff')}</Link>
          </li>
          <li>
            <Link to={`/partner/restaurants/${restaurant.id}/coupons`}>{t('links.coupons')}</Link>
          </li>
          <li>
            <Link to={`/kiosk/${restaurant.id}`}>{t('links.kiosk')}</Link>
          </li>
          <li>
            <Link to={`/kitchen/${restaurant.id}`}>{t('links.kitchen')}</Link>
          </li>
        </ul>
      </article>
    </li>
  );
}
