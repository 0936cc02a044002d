import { useMutation } from '@apollo/client/react';
import { LoginDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { unplaced } from '../../ui/api-errors';
import { ErrorList } from '../../ui/ErrorList';
import { Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { useApiErrors } from '../../ui/use-api-errors';
import { ProviderSignIn } from './ProviderSignIn';
import { useAfterSignIn } from './use-after-sign-in';

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [login, { loading, error }] = useMutation(LoginDocument);
  const afterSignIn = useAfterSignIn();
  const errors = useApiErrors(error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await login({ variables: { email, password } }).catch(() => ({ data: undefined }));
    if (data?.login) await afterSignIn(data.login);
  }

  return (
    <Page title={t('login.title')}>
      {params.get('ended') && <p role="status">{t('login.sessionEnded')}</p>}
      <ProviderSignIn next={params.get('next') ?? '/'} />
      <form onSubmit={(e) => void submit(e)} className="form narrow" noValidate>
        <ErrorList messages={unplaced(errors, ['email', 'password'])} />
        <TextField
          label={t('login.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={errors.byField.get('email')}
        />
        <TextField
          label={t('login.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.byField.get('password')}
        />
        <button type="submit" disabled={loading}>
          {t('login.submit')}
        </button>
      </form>
      <p>
        {t('login.noAccount')} <Link to={`/register${params.toString() ? `?${params.toString()}` : ''}`}>{t('registerLink')}</Link>
      </p>
    </Page>
  );
}
