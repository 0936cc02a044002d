import { useMutation } from '@apollo/client/react';
import {
  DashboardDeleteMenuItemDocument,
  DashboardMenuDocument,
  DashboardUpdateMenuItemDocument,
  type DashboardMenuItemFragment,
} from '@generated/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useFormErrors } from '../form/use-form-errors';
import { itemDraftOf, itemInputOf } from './menu-item-draft';
import { MenuItemForm } from './MenuItemForm';

interface Props {
  item: DashboardMenuItemFragment;
  categories: readonly { id: string; name: string }[];
}

/** One dish: what customers see of it, switch it on or off, change it, take it off the menu. */
export function MenuItemCard({ item, categories }: Props) {
  const { t } = useTranslation('partner');
  const format = useFormat();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [draft, setDraft] = useState(() => itemDraftOf(item));
  const [update, updating] = useMutation(DashboardUpdateMenuItemDocument);
  const [toggle, toggling] = useMutation(DashboardUpdateMenuItemDocument);
  const [remove, removing] = useMutation(DashboardDeleteMenuItemDocument, { refetchQueries: [DashboardMenuDocument] });
  const formErrors = useFormErrors(updating.error);
  const actionErrors = useApiErrors(toggling.error ?? removing.error);

  async function save() {
    const result = itemInputOf(draft, item.price.currency);
    formErrors.setLocal(
      new Map([...('problems' in result ? result.problems : [])].map(([field, problem]) => [field, t(`problems.${problem}`)])),
    );
    if (!('input' in result)) return;
    const { data } = await update({ variables: { id: item.id, input: result.input } }).catch(() => ({ data: undefined }));
    if (data?.updateMenuItem) setEditing(false);
  }

  const soldOut = item.stock === 0;
  return (
    <li className="card menu-item">
      <article aria-labelledby={headingId}>
        <h4 id={headingId}>{item.name}</h4>
        <p className="row">
          <strong>{format.money(item.price)}</strong>
          <span className="status-badge">{item.available ? t('item.onMenu') : soldOut ? t('item.soldOut') : t('item.switchedOff')}</span>
          <span>{item.stock == null ? t('item.unlimited') : t('item.stockLeft', { count: item.stock })}</span>
        </p>
        {item.description && <p className="muted">{item.description}</p>}
        {item.tags.length > 0 && <p className="muted">{item.tags.join(', ')}</p>}
        <ErrorList messages={actionErrors.general} />
        {editing ? (
          <MenuItemForm
            title={t('item.editTitle', { name: item.name })}
            draft={draft}
            onChange={setDraft}
            onSubmit={() => void save()}
            onCancel={() => setEditing(false)}
            submitLabel={t('item.save')}
            busy={updating.loading}
            currency={item.price.currency}
            categories={categories}
            errorOf={formErrors.errorOf}
            general={formErrors.general}
          />
        ) : (
          <div className="row">
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setDraft(itemDraftOf(item));
                setEditing(true);
              }}
            >
              {t('item.edit')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={toggling.loading}
              onClick={() => void toggle({ variables: { id: item.id, input: { available: !item.available } } }).catch(() => undefined)}
            >
              {item.available ? t('item.switchOff') : t('item.switchOn')}
            </button>
            {confirmingDelete ? (
              <>
                <button
                  type="button"
                  disabled={removing.loading}
                  onClick={() => void remove({ variables: { id: item.id } }).catch(() => undefined)}
                >
                  {t('item.confirmDelete', { name: item.name })}
                </button>
                <button type="button" className="secondary" onClick={() => setConfirmingDelete(false)}>
                  {t('cancel')}
                </button>
              </>
            ) : (
              <button type="button" className="secondary" onClick={() => setConfirmingDelete(true)}>
                {t('item.delete')}
              </button>
            )}
          </div>
        )}
      </article>
    </li>
  );
}
