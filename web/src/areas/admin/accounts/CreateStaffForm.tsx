import { useMutation } from '@apollo/client/react';
import { AdminCourierAccountsDocument, AdminUsersDocument, CreateStaffAccountDocument, type Role } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { ROLES } from '../roles';

const FIELDS = ['input.name', 'input.email', 'input.password', 'input.phone', 'input.role'] as const;
const EMPTY = { name: '', email: '', password: '', phone: '', role: 'PARTNER' as Role };

/** An account in any role, with a first password the admin passes on. */
export function CreateStaffForm() {
  const { t } = useTranslation('admin');
  const [input, setInput] = useState(EMPTY);
  const [created, setCreated] = useState<{ name: string; role: Role } | null>(null);
  const [create, { loading, error }] = useMutation(CreateStaffAccountDocument, {
    refetchQueries: [AdminUsersDocument, AdminCourierAccountsDocument],
  });
  const errors = useApiErrors(error);
  const set = (field: keyof typeof input) => (e: { target: { value: string } }) => setInput({ ...input, [field]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const variables = { input: { ...input, phone: input.phone.trim() || null } };
    const { data } = await create({ variables }).catch(() => ({ data: undefined }));
    if (data?.createStaffAccount) {
      setCreated({ name: data.createStaffAccount.name, role: data.createStaffAccount.role });
      setInput(EMPTY);
    }
  }

  return (
    <form className="form narrow" aria-label={t('accounts.create')} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorList messages={unplaced(errors, FIELDS)} />
      <TextField label={t('accounts.name')} required value={input.name} onChange={set('name')} error={errors.byField.get('input.name')} />
      <TextField
        label={t('accounts.email')}
        type="email"
        required
        autoComplete="off"
        value={input.email}
        onChange={set('email')}
        error={errors.byField.get('input.email')}
      />
      <TextField
        label={t('accounts.password')}
        type="password"
        required
        autoComplete="new-password"
        hint={t('accounts.passwordHint')}
        value={input.password}
        onChange={set('password')}
        error={errors.byField.get('input.password')}
      />
      <TextField
        label={t('accounts.phoneOptional')}
        type="tel"
        value={input.phone}
        onChange={set('phone')}
        error={errors.byField.get('input.phone')}
      />
      <SelectField label={t('accounts.role')} value={input.role} onChange={set('role')} error={errors.byField.get('input.role')}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      <div aria-live="polite">
        {created && (
          <p className="notice">
            {t('accounts.created', { name: created.name, role: t(`roles.${created.role}`) })}
            {created.role === 'COURIER' && (
              <>
                {' '}
                <Link to="/admin/couriers">{t('accounts.courierNext')}</Link>
              </>
            )}
          </p>
        )}
      </div>
      <button type="submit" disabled={loading}>
        {t('accounts.submit')}
      </button>
    </form>
  );
}
