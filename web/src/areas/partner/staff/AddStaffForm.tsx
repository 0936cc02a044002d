import { useMutation } from '@apollo/client/react';
import { AddRestaurantStaffDocument, RestaurantStaffDocument } from '@generated/graphql';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../form/use-form-errors';

const FIELDS = ['input.name', 'input.email', 'input.password', 'input.phone'] as const;
const EMPTY = { name: '', email: '', password: '', phone: '' };

/** Creates a cook's STAFF account working at the restaurant: name, email, initial password, phone. */
export function AddStaffForm({ restaurantId, onAdded }: { restaurantId: string; onAdded: (name: string) => void }) {
  const { t } = useTranslation('partner');
  const headingId = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [add, { loading, error }] = useMutation(AddRestaurantStaffDocument, {
    refetchQueries: [RestaurantStaffDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors(error);
  const field = (name: keyof typeof EMPTY) => ({
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
    error: errors.errorOf(`input.${name}`),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { name: draft.name, email: draft.email, password: draft.password, phone: draft.phone.trim() === '' ? null : draft.phone };
    const { data } = await add({ variables: { restaurantId, input } }).catch(() => ({ data: undefined }));
    if (data?.addRestaurantStaff) {
      setDraft(EMPTY);
      onAdded(data.addRestaurantStaff.name);
    }
  }

  return (
    <form className="form narrow" aria-labelledby={headingId} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={headingId}>{t('staff.add')}</h2>
      <ErrorList messages={errors.general(FIELDS)} />
      <TextField label={t('staff.name')} required autoComplete="off" {...field('name')} />
      <TextField label={t('staff.email')} type="email" required autoComplete="off" {...field('email')} />
      <TextField
        label={t('staff.password')}
        type="password"
        required
        autoComplete="new-password"
        hint={t('staff.passwordHint')}
        {...field('password')}
      />
      <TextField label={t('staff.phoneOptional')} type="tel" autoComplete="off" {...field('phone')} />
      <button type="submit" disabled={loading}>
        {t('staff.submit')}
      </button>
    </form>
  );
}
