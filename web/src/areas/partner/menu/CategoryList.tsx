import { useMutation } from '@apollo/client/react';
import { DashboardMenuDocument, PartnerDeleteMenuCategoryDocument, PartnerUpdateMenuCategoryDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { moveSection } from './category-order';
import './menu-sections.css';

interface Section {
  id: string;
  name: string;
  position: number;
}

/**
 * The menu's sections in order, each with move up/down, rename and delete (after a
 * confirmation: its dishes stay on the menu, without a section). The menu is read again after
 * each change, so dishes regroup at once.
 */
export function CategoryList({ sections }: { sections: readonly Section[] }) {
  const { t } = useTranslation('menu-sections');
  const [update, updating] = useMutation(PartnerUpdateMenuCategoryDocument, {
    refetchQueries: [DashboardMenuDocument],
    awaitRefetchQueries: true,
  });
  const errors = useApiErrors(updating.error);
  const [moved, setMoved] = useState<string | null>(null);

  async function move(section: Section, by: -1 | 1) {
    setMoved(null);
    // One call per section whose position changes, in order; a failure stops the rest.
    for (const change of moveSection(sections, section.id, by)) {
      const { data } = await update({ variables: { id: change.id, position: change.position } }).catch(() => ({ data: undefined }));
      if (!data) return;
    }
    setMoved(t(by < 0 ? 'movedUp' : 'movedDown', { name: section.name }));
  }

  return (
    <>
      <ErrorList messages={errors.general} />
      <div aria-live="polite">{moved && <p className="notice">{moved}</p>}</div>
      <ol className="menu-sections">
        {sections.map((section, index) => (
          <li key={section.id}>
            <span className="menu-section-name">{section.name}</span>
            <div className="row">
              <button type="button" className="secondary" disabled={index === 0 || updating.loading} onClick={() => void move(section, -1)}>
                {t('moveUp', { name: section.name })}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={index === sections.length - 1 || updating.loading}
                onClick={() => void move(section, 1)}
              >
                {t('moveDown', { name: section.name })}
              </button>
              <RenameSection section={section} />
              <DeleteSection section={section} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}

function RenameSection({ section }: { section: Section }) {
  const { t } = useTranslation('menu-sections');
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(section.name);
  const [rename, { loading, error, reset }] = useMutation(PartnerUpdateMenuCategoryDocument, {
    refetchQueries: [DashboardMenuDocument],
    awaitRefetchQueries: true,
  });
  const errors = useApiErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await rename({ variables: { id: section.id, name } }).catch(() => ({ data: undefined }));
    if (data?.updateMenuCategory) setOpen(false);
  }

  if (!open) {
    return (
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setName(section.name);
          reset();
          setOpen(true);
        }}
      >
        {t('rename', { name: section.name })}
      </button>
    );
  }
  return (
    <form className="form narrow" aria-label={t('rename', { name: section.name })} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorList messages={unplaced(errors, ['name'])} />
      <TextField
        label={t('newName', { name: section.name })}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.byField.get('name')}
      />
      <div className="row">
        <button type="submit" disabled={loading}>
          {t('save')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

function DeleteSection({ section }: { section: Section }) {
  const { t } = useTranslation('menu-sections');
  const [confirming, setConfirming] = useState(false);
  const [remove, { loading, error }] = useMutation(PartnerDeleteMenuCategoryDocument, {
    refetchQueries: [DashboardMenuDocument],
    awaitRefetchQueries: true,
  });
  const errors = useApiErrors(error);
  if (!confirming) {
    return (
      <button type="button" className="secondary" onClick={() => setConfirming(true)}>
        {t('delete', { name: section.name })}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t('delete', { name: section.name })}>
      <ErrorList messages={errors.general} />
      <p>{t('confirmDelete', { name: section.name })}</p>
      <div className="row">
        <button type="button" disabled={loading} onClick={() => void remove({ variables: { id: section.id } }).catch(() => undefined)}>
          {t('confirm', { name: section.name })}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming(false)}>
          {t('keep')}
        </button>
      </div>
    </div>
  );
}
