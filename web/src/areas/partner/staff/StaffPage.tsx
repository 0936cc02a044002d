import { useMutation, useQuery } from '@apollo/client/react';
import { RemoveRestaurantStaffDocument, RestaurantStaffDocument, type StaffMemberRowFragment } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { AddStaffForm } from './AddStaffForm';

/**
 * One restaurant's kitchen staff (/partner/restaurants/:id/staff): who works there, adding a
 * cook, removing one. A removed cook's open kitchen screen ends at once (the API does that).
 */
export function StaffPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('partner');
  const { data, loading, error } = useQuery(RestaurantStaffDocument, { variables: { restaurantId: id }, fetchPolicy: 'cache-and-network' });
  const [remove, removing] = useMutation(RemoveRestaurantStaffDocument, {
    refetchQueries: [RestaurantStaffDocument],
    awaitRefetchQueries: true,
  });
  const [news, setNews] = useState('');
  const errors = useApiErrors(error ?? removing.error);
  const restaurant = data?.restaurant;

  async function removeMember(member: StaffMemberRowFragment) {
    const { data: removed } = await remove({ variables: { restaurantId: id, userId: member.id } }).catch(() => ({ data: undefined }));
    if (removed?.removeRestaurantStaff) setNews(t('staff.removed', { name: member.name }));
  }

  return (
    <Page title={restaurant ? t('staff.title', { name: restaurant.name }) : t('staff.fallbackTitle')}>
      <p>
        <Link to="/partner">{t('back')}</Link>
      </p>
      <p>{t('staff.intro')}</p>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      <div aria-live="polite">{news && <p className="notice">{news}</p>}</div>
      {loading && !data ? (
        <Loading />
      ) : restaurant ? (
        <>
          {restaurant.staff.length === 0 ? (
            <p className="muted">{t('staff.empty')}</p>
          ) : (
            <table aria-label={t('staff.listLabel')}>
              <thead>
                <tr>
                  <th scope="col">{t('staff.name')}</th>
                  <th scope="col">{t('staff.email')}</th>
                  <th scope="col">{t('staff.phone')}</th>
                  <th scope="col">{t('staff.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {restaurant.staff.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">{member.name}</th>
                    <td>{member.email ?? t('staff.none')}</td>
                    <td>{member.phone ?? t('staff.none')}</td>
                    <td>
                      <button type="button" className="secondary" disabled={removing.loading} onClick={() => void removeMember(member)}>
                        {t('staff.remove', { name: member.name })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <AddStaffForm restaurantId={restaurant.id} onAdded={(name) => setNews(t('staff.added', { name }))} />
        </>
      ) : null}
    </Page>
  );
}
