import { useQuery } from '@apollo/client/react';
import { RestaurantsDocument, type RestaurantFilter } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { useApiErrors } from '../../ui/use-api-errors';
import { RestaurantCard } from './browse/RestaurantCard';
import { useNearMe } from './browse/use-near-me';
import './customer.css';

const PAGE_SIZE = 12;

/** The home page: every open-for-business restaurant, searched and filtered by the API. */
export default function BrowsePage() {
  const { t } = useTranslation('customer');
  const [search, setSearch] = useState('');
  const [cuisine, setCuisine] = useState('');
  const [openNow, setOpenNow] = useState(false);
  const near = useNearMe();
  const [filter, setFilter] = useState<RestaurantFilter>({});
  const { data, loading, error, fetchMore } = useQuery(RestaurantsDocument, { variables: { filter, first: PAGE_SIZE } });
  const errors = useApiErrors(error);

  function apply(event?: FormEvent) {
    event?.preventDefault();
    setFilter({
      ...(search.trim() ? { search: search.trim() } : {}),
      ...(cuisine.trim() ? { cuisine: cuisine.trim() } : {}),
      ...(openNow ? { openNow: true } : {}),
      ...(near.point ? { near: near.point, radiusMeters: near.radiusMeters } : {}),
    });
  }

  const edges = data?.restaurants.edges ?? [];
  const pageInfo = data?.restaurants.pageInfo;
  return (
    <Page title={t('browse.title')}>
      <form className="filters" role="search" aria-label={t('browse.searchLabel')} onSubmit={apply}>
        <TextField label={t('browse.search')} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <TextField
          label={t('browse.cuisine')}
          value={cuisine}
          onChange={(e) => setCuisine(e.target.value)}
          error={errors.byField.get('filter.cuisine')}
        />
        <label className="check">
          <input type="checkbox" checked={openNow} onChange={(e) => setOpenNow(e.target.checked)} />
          {t('browse.openNow')}
        </label>
        <label className="check">
          <input type="checkbox" checked={near.enabled} onChange={(e) => near.setEnabled(e.target.checked)} />
          {t('browse.nearMe')}
        </label>
        <button type="submit">{t('browse.apply')}</button>
      </form>
      <p role="status" className="muted">
        {near.status === 'locating' && t('browse.locating')}
        {near.status === 'denied' && t('browse.locationDenied')}
        {near.status === 'located' && t('browse.nearHint', { km: near.radiusMeters / 1000 })}
      </p>
      <ErrorList messages={[...errors.general, ...[...errors.byField].filter(([f]) => f !== 'filter.cuisine').map(([, m]) => m)]} />
      {loading && !data ? (
        <Loading />
      ) : edges.length === 0 ? (
        <p>{t('browse.none')}</p>
      ) : (
        <ul className="cards" aria-label={t('browse.listLabel')}>
          {edges.map(({ node }) => (
            <li key={node.id}>
              <RestaurantCard restaurant={node} />
            </li>
          ))}
        </ul>
      )}
      {pageInfo?.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={loading}
          onClick={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        >
          {t('browse.more')}
        </button>
      )}
    </Page>
  );
}
