import { useQuery } from '@apollo/client/react';
import { KitchenRestaurantsDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApiErrors } from '../../ui/use-api-errors';

/** The restaurants whose kitchen the caller runs (a partner's own, a cook's workplaces), to pick one. */
export function KitchenRestaurantsPage() {
  const { t } = useTranslation('kitchen');
  const { data, loading, error } = useQuery(KitchenRestaurantsDocument);
  const errors = useApiErrors(error);
  // A partner's own restaurants; for kitchen staff, the ones they work at.
  const restaurants = [...(data?.me?.restaurants ?? []), ...(data?.me?.worksAt ?? [])];
  return (
    <Page title={t('title')}>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      {loading && !data ? (
        <Loading />
      ) : restaurants.length === 0 ? (
        <p>{t('pick.none')}</p>
      ) : (
        <>
          <p>{t('pick.intro')}</p>
          <ul className="cards">
            {restaurants.map((r) => (
              <li key={r.id} className="card">
                <h2 className="card-title">
                  <Link to={`/kitchen/${r.id}`}>{r.name}</Link>
                </h2>
                <p className="muted">
                  {r.status === 'ACTIVE' ? t(r.isOpen ? 'board.openNow' : 'board.closedNow') : t(`restaurantStatus.${r.status}`)}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
