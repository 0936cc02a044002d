import { useMutation } from '@apollo/client/react';
import { CreateRestaurantDocument, MyRestaurantsDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorList } from '../../../ui/ErrorList';
import { Page } from '../../../ui/Page';
import { useFormErrors } from '../form/use-form-errors';
import { emptyDraft, restaurantFields, toCreateInput } from './restaurant-draft';
import { RestaurantFields } from './RestaurantFields';

/** A partner opens a restaurant; it waits for an admin's approval before customers see it. */
export function NewRestaurantPage() {
  const { t } = useTranslation('partner');
  const navigate = useNavigate();
  const [draft, setDraft] = useState(emptyDraft);
  const [create, { loading, error }] = useMutation(CreateRestaurantDocument, {
    refetchQueries: [MyRestaurantsDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = toCreateInput(draft);
    errors.setLocal(new Map([...(result.problems ?? [])].map(([field, problem]) => [field, t(`problems.${problem}`)])));
    if (!result.input) return;
    const { data } = await create({ variables: { input: result.input } }).catch(() => ({ data: undefined }));
    if (data?.createRestaurant) await navigate(`/partner?created=${encodeURIComponent(data.createRestaurant.id)}`);
  }

  return (
    <Page title={t('new.title')}>
      <p>{t('new.intro')}</p>
      <form className="form partner-form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorList messages={errors.general(restaurantFields(draft))} />
        <RestaurantFields draft={draft} onChange={setDraft} errorOf={errors.errorOf} creating />
        <button type="submit" disabled={loading}>
          {t('new.submit')}
        </button>
      </form>
    </Page>
  );
}
