import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { ITEM_FIELDS, type MenuItemDraft } from './menu-item-draft';

interface Props {
  /** The group's accessible name, e.g. "New item" or "Edit Pho". */
  title: string;
  draft: MenuItemDraft;
  onChange: (draft: MenuItemDraft) => void;
  onSubmit: () => void;
  onCancel?: () => void;
  submitLabel: string;
  busy: boolean;
  currency: string;
  categories: readonly { id: string; name: string }[];
  errorOf: (field: string) => string | undefined;
  general: (fields: readonly string[]) => string[];
}

/** The fields of a menu item, for adding one and for changing one. */
export function MenuItemForm({
  title,
  draft,
  onChange,
  onSubmit,
  onCancel,
  submitLabel,
  busy,
  currency,
  categories,
  errorOf,
  general,
}: Props) {
  const { t } = useTranslation('partner');
  const availableId = useId();
  const text = (field: Exclude<keyof MenuItemDraft, 'available'>) => ({
    value: draft[field],
    onChange: (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <form className="form" aria-label={title} onSubmit={submit} noValidate>
      <ErrorList messages={general(ITEM_FIELDS)} />
      <TextField label={t('item.name')} required {...text('name')} error={errorOf('input.name')} />
      <TextAreaField label={t('item.description')} rows={2} {...text('description')} error={errorOf('input.description')} />
      <div className="row">
        <TextField label={t('item.price', { currency })} inputMode="decimal" required {...text('price')} error={errorOf('input.price')} />
        <TextField
          label={t('item.stock')}
          inputMode="numeric"
          hint={t('item.stockHint')}
          {...text('stock')}
          error={errorOf('input.stock')}
        />
      </div>
      <SelectField label={t('item.category')} {...text('categoryId')} error={errorOf('input.categoryId')}>
        <option value="">{t('item.noCategory')}</option>
        {categories.map((category) => (
          <option key={category.id} value={category.id}>
            {category.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('item.tags')} hint={t('item.tagsHint')} {...text('tags')} error={errorOf('input.tags')} />
      <div className="checkbox-field">
        <input
          id={availableId}
          type="checkbox"
          checked={draft.available}
          onChange={(e) => onChange({ ...draft, available: e.target.checked })}
        />
        <label htmlFor={availableId}>{t('item.available')}</label>
      </div>
      <div className="row">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
