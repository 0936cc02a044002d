import { useQuery } from '@apollo/client/react';
import { AdminCouriersDocument, type CourierStatus } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { SelectField } from '../../../ui/SelectField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { CreateCourierForm } from './CreateCourierForm';

const PAGE = 50;
const STATUSES: readonly CourierStatus[] = ['AVAILABLE', 'ON_DELIVERY', 'OFFLINE'];

/** Couriers with their status and rating, and a form to give a COURIER account its profile. */
export function CouriersPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [status, setStatus] = useState<CourierStatus | ''>('');
  const { data, loading, error, fetchMore } = useQuery(AdminCouriersDocument, {
    variables: { status: status || null, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const errors = useApiErrors(error);
  const couriers = data?.couriers ?? [];
  const more = couriers.length > 0 && couriers.length % PAGE === 0;
  return (
    <Page title={t('couriers.title')}>
      <section aria-labelledby="admin-new-courier">
        <h2 id="admin-new-courier">{t('couriers.create')}</h2>
        <CreateCourierForm />
      </section>
      <section aria-labelledby="admin-couriers">
        <h2 id="admin-couriers">{t('couriers.list')}</h2>
        <div className="narrow-field">
          <SelectField label={t('couriers.filter')} value={status} onChange={(e) => setStatus(e.target.value as CourierStatus | '')}>
            <option value="">{t('couriers.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`courierStatus.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <ErrorList messages={errors.general} />
        {loading && !data && <Loading />}
        {data && couriers.length === 0 && <p>{t('couriers.none')}</p>}
        {couriers.length > 0 && (
          <table>
            <caption className="visually-hidden">{t('couriers.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('couriers.name')}</th>
                <th scope="col">{t('couriers.account')}</th>
                <th scope="col">{t('couriers.vehicle')}</th>
                <th scope="col">{t('couriers.status')}</th>
                <th scope="col">{t('couriers.rating')}</th>
                <th scope="col">{t('couriers.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {couriers.map((courier) => (
                <tr key={courier.id}>
                  <th scope="row">{courier.name}</th>
                  <td>{courier.user.email}</td>
                  <td>{t(`vehicles.${courier.vehicle}`)}</td>
                  <td>{t(`courierStatus.${courier.status}`)}</td>
                  <td>{courier.rating == null ? t('couriers.unrated') : format.number(courier.rating, { maximumFractionDigits: 2 })}</td>
                  <td>{courier.lastSeenAt ? format.dateTime(courier.lastSeenAt) : t('couriers.never')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more && (
          <button
            type="button"
            className="secondary"
            onClick={() =>
              void fetchMore({
                variables: { after: couriers.at(-1)?.id ?? null },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  ...previous,
                  couriers: [...previous.couriers, ...fetchMoreResult.couriers],
                }),
              }).catch(() => undefined)
            }
          >
            {t('couriers.more')}
          </button>
        )}
      </section>
    </Page>
  );
}
