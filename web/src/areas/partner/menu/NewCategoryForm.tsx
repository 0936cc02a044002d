import { useMutation } from '@apollo/client/react';
import { DashboardCreateMenuCategoryDocument, DashboardMenuDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useFormErrors } from '../form/use-form-errors';

const FIELDS = ['name', 'position'] as const;

/** Adds a section ("Starters") to the menu; a position orders it, else it goes last. */
export function NewCategoryForm({ restaurantId }: { restaurantId: string }) {
  const { t } = useTranslation('partner');
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [create, { loading, error }] = useMutation(DashboardCreateMenuCategoryDocument, {
    refetchQueries: [DashboardMenuDocument],
    awaitRefetchQueries: true,
  });
  const errors = useFormErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const at = position.trim() === '' ? null : Number(position);
    errors.setLocal(new Map(at !== null && !Number.isInteger(at) ? [['position', t('problems.count')]] : []));
    if (at !== null && !Number.isInteger(at)) return;
    const { data } = await create({ variables: { restaurantId, name, position: at } }).catch(() => ({ data: undefined }));
    if (data?.createMenuCategory) {
      setName('');
      setPosition('');
    }
  }

  return (
    <form className="form narrow" aria-label={t('menu.newSection')} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorList messages={errors.general(FIELDS)} />
      <TextField
        label={t('menu.sectionName')}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.errorOf('name')}
      />
      <TextField
        label={t('menu.sectionPosition')}
        inputMode="numeric"
        hint={t('menu.sectionPositionHint')}
        value={position}
        onChange={(e) => setPosition(e.target.value)}
        error={errors.errorOf('position')}
      />
      <button type="submit" disabled={loading}>
        {t('menu.addSection')}
      </button>
    </form>
  );
}
