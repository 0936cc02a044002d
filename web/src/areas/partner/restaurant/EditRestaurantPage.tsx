import { useMutation, useQuery } from '@apollo/client/react';
import { MyRestaurantsDocument, UpdateRestaurantDocument, type OwnedRestaurantFragment } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useFormErrors } from '../form/use-form-errors';
import { draftOf, restaurantFields, toUpdateInput } from './restaurant-draft';
import { RestaurantFields } from './RestaurantFields';
import { RestaurantStatusNotice } from './RestaurantStatus';

/** Details, address, fees and opening hours of one of the partner's restaurants. */
export function EditRestaurantPage() {
  const { t } = useTranslation('partner');
  const { id } = useParams();
  const { data, loading, error } = useQuery(MyRestaurantsDocument);
  const loadErrors = useApiErrors(error);
  const restaurant = data?.me?.restaurants.find((r) => r.id === id);
  if (loading && !data) return <Loading />;
  if (!restaurant) {
    return (
      <Page title={t('edit.notFound')}>
        <ErrorList messages={loadErrors.general} />
        <Link to="/partner">{t('back')}</Link>
      </Page>
    );
  }
  // Keyed by id: another restaurant starts from its own saved values.
  return <EditForm key={restaurant.id} restaurant={restaurant} />;
}

function EditForm({ restaurant }: { restaurant: OwnedRestaurantFragment }) {
  const { t } = useTranslation('partner');
  const [draft, setDraft] = useState(() => draftOf(restaurant));
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateRestaurantDocument);
  const errors = useFormErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = toUpdateInput(draft);
    errors.setLocal(new Map([...(result.problems ?? [])].map(([field, problem]) => [field, t(`problems.${problem}`)])));
    if (!result.input) return;
    const { data } = await update({ variables: { id: restaurant.id, input: result.input } }).catch(() => ({ data: undefined }));
    if (data?.updateRestaurant) {
      setDraft(draftOf(data.updateRestaurant));
      setSaved(true);
    }
  }

  return (
    <Page title={t('edit.title', { name: restaurant.name })}>
      <RestaurantStatusNotice restaurant={restaurant} />
      <p className="row">
        <Link to={`/partner/restaurants/${restaurant.id}/menu`}>{t('links.menu')}</Link>
        <Link to={`/partner/restaurants/${restaurant.id}/reviews`}>{t('links.reviews')}</Link>
        <Link to={`/kitchen/${restaurant.id}`}>{t('links.kitchen')}</Link>
      </p>
      <form className="form partner-form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorList messages={errors.general(restaurantFields(draft))} />
        <RestaurantFields draft={draft} onChange={setDraft} errorOf={errors.errorOf} creating={false} />
        <div aria-live="polite">{saved && <p className="notice">{t('edit.saved')}</p>}</div>
        <button type="submit" disabled={loading}>
          {t('edit.submit')}
        </button>
      </form>
    </Page>
  );
}
