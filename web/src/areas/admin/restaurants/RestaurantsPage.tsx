import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { RestaurantActions } from './RestaurantActions';
import { useAllRestaurants, type AdminRestaurant } from './use-all-restaurants';

/** Restaurants waiting for approval first, then every approved or suspended one. */
export function RestaurantsPage() {
  const { t } = useTranslation('admin');
  const { restaurants, loading, error, morePartners, loadMore } = useAllRestaurants();
  const errors = useApiErrors(error);
  const pending = restaurants.filter((r) => r.status === 'PENDING_APPROVAL');
  const others = restaurants.filter((r) => r.status !== 'PENDING_APPROVAL');
  return (
    <Page title={t('restaurants.title')}>
      <ErrorList messages={errors.general} />
      {loading && <Loading />}
      <section aria-labelledby="admin-pending">
        <h2 id="admin-pending">{t('restaurants.pending', { count: pending.length })}</h2>
        {pending.length === 0 ? (
          <p>{t('restaurants.nonePending')}</p>
        ) : (
          <RestaurantTable restaurants={pending} caption={t('restaurants.pendingCaption')} />
        )}
      </section>
      <section aria-labelledby="admin-all">
        <h2 id="admin-all">{t('restaurants.others')}</h2>
        {others.length === 0 ? (
          <p>{t('restaurants.noneOther')}</p>
        ) : (
          <RestaurantTable restaurants={others} caption={t('restaurants.othersCaption')} />
        )}
      </section>
      {morePartners && (
        <button type="button" className="secondary" onClick={() => void loadMore()}>
          {t('restaurants.more')}
        </button>
      )}
    </Page>
  );
}

function RestaurantTable({ restaurants, caption }: { restaurants: AdminRestaurant[]; caption: string }) {
  const { t } = useTranslation('admin');
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('restaurants.name')}</th>
          <th scope="col">{t('restaurants.owner')}</th>
          <th scope="col">{t('restaurants.city')}</th>
          <th scope="col">{t('restaurants.status')}</th>
          <th scope="col">{t('restaurants.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {restaurants.map((restaurant) => (
          <tr key={restaurant.id}>
            <th scope="row">
              {restaurant.name}
              {restaurant.cuisines.length > 0 && <div className="muted">{restaurant.cuisines.join(', ')}</div>}
            </th>
            <td>
              {restaurant.owner.name}
              {restaurant.owner.email && <div className="muted">{restaurant.owner.email}</div>}
            </td>
            <td>{restaurant.address.city}</td>
            <td>
              <span className="status-badge">{t(`status.${restaurant.status}`)}</span>
              {restaurant.suspensionReason && <div>{t('restaurants.reason', { reason: restaurant.suspensionReason })}</div>}
            </td>
            <td>
              <RestaurantActions restaurant={restaurant} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
