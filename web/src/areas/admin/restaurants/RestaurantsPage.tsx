import type { RestaurantStatus } from '@generated/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { RestaurantActions } from './RestaurantActions';
import { useRestaurantsIn, type AdminRestaurant } from './use-restaurants-in';

/** Rows per list and per "show more". */
const PAGE_SIZE = 50;

/** The approval queue first, then suspended restaurants (they wait on an admin too), then approved ones. */
export function RestaurantsPage() {
  const { t } = useTranslation('admin');
  return (
    <Page title={t('restaurants.title')}>
      <RestaurantSection status="PENDING_APPROVAL" />
      <RestaurantSection status="SUSPENDED" />
      <RestaurantSection status="ACTIVE" />
    </Page>
  );
}

function RestaurantSection({ status }: { status: RestaurantStatus }) {
  const { t } = useTranslation('admin');
  const headingId = useId();
  const { restaurants, loading, error, hasMore, loadMore } = useRestaurantsIn(status, PAGE_SIZE);
  const errors = useApiErrors(error);
  const count = restaurants.length;
  // The queue's size is worth saying; with more pages behind, the count so far is a lower bound.
  const texts = {
    PENDING_APPROVAL: {
      title: hasMore ? t('restaurants.pendingAtLeast', { shown: count }) : t('restaurants.pending', { count }),
      caption: t('restaurants.pendingCaption'),
      none: t('restaurants.nonePending'),
      more: t('restaurants.morePending'),
    },
    SUSPENDED: {
      title: t('restaurants.suspended'),
      caption: t('restaurants.suspended'),
      none: t('restaurants.noneSuspended'),
      more: t('restaurants.moreSuspended'),
    },
    ACTIVE: {
      title: t('restaurants.active'),
      caption: t('restaurants.active'),
      none: t('restaurants.noneActive'),
      more: t('restaurants.moreActive'),
    },
  }[status];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{texts.title}</h2>
      <ErrorList messages={errors.general} />
      {loading && <Loading />}
      {!loading && count === 0 && <p>{texts.none}</p>}
      {count > 0 && <RestaurantTable restaurants={restaurants} caption={texts.caption} />}
      {hasMore && (
        <button type="button" className="secondary" onClick={() => void loadMore()}>
          {texts.more}
        </button>
      )}
    </section>
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
