import { useMutation } from '@apollo/client/react';
import { RegisterDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unplaced } from '../../ui/api-errors';
import { ErrorList } from '../../ui/ErrorList';
import { Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { useApiErrors } from '../../ui/use-api-errors';
import { useAfterSignIn } from './use-after-sign-in';

const FIELDS = ['input.name', 'input.email', 'input.password', 'input.phone'] as const;

/** A customer account (partners, couriers and admins get theirs from an admin). */
export default function RegisterPage() {
  const { t } = useTranslation();
  const [register, { loading, error }] = useMutation(RegisterDocument);
  const afterSignIn = useAfterSignIn();
  const errors = useApiErrors(error);
  const [input, setInput] = useState({ name: '', email: '', password: '', phone: '' });
  const set = (field: keyof typeof input) => (e: { target: { value: string } }) => setInput({ ...input, [field]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const variables = { input: { ...input, phone: input.phone.trim() || null } };
    const { data } = await register({ variables }).catch(() => ({ data: undefined }));
    if (data?.register) await afterSignIn(data.register);
  }

  return (
    <Page title={t('register.title')}>
      <form onSubmit={(e) => void submit(e)} className="form narrow" noValidate>
        <ErrorList messages={unplaced(errors, FIELDS)} />
        <TextField
          label={t('register.name')}
          name="name"
          autoComplete="name"
          required
          value={input.name}
          onChange={set('name')}
          error={errors.byField.get('input.name')}
        />
        <TextField
          label={t('register.email')}
          type="email"
          name="email"
          autoComplete="email"
          required
          value={input.email}
          onChange={set('email')}
          error={errors.byField.get('input.email')}
        />
        <TextField
          label={t('register.password')}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          value={input.password}
          onChange={set('password')}
          error={errors.byField.get('input.password')}
          hint={t('register.passwordHint')}
        />
        <TextField
          label={t('register.phone')}
          type="tel"
          name="phone"
          autoComplete="tel"
          value={input.phone}
          onChange={set('phone')}
          error={errors.byField.get('input.phone')}
        />
        <button type="submit" disabled={loading}>
          {t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/login">{t('signIn')}</Link>
      </p>
    </Page>
  );
}
