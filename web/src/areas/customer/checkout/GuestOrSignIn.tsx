import { useMutation } from '@apollo/client/react';
import { StartGuestSessionDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../../session/session-context';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';

const BACK_HERE = `?next=${encodeURIComponent('/checkout')}`;

/** Checkout for someone signed out: sign in, create an account, or order as a guest. */
export function GuestOrSignIn() {
  const { t } = useTranslation('customer');
  const { signIn } = useSession();
  const [name, setName] = useState('');
  const [startGuest, { loading, error }] = useMutation(StartGuestSessionDocument);
  const errors = useApiErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await startGuest({ variables: { name: name.trim() || null } }).catch(() => ({ data: undefined }));
    if (data?.startGuestSession) await signIn(data.startGuestSession);
  }

  return (
    <section aria-labelledby="who-heading" className="card">
      <h2 id="who-heading">{t('checkout.whoTitle')}</h2>
      <p>
        <Link to={`/login${BACK_HERE}`}>{t('checkout.signIn')}</Link> · <Link to={`/register${BACK_HERE}`}>{t('checkout.register')}</Link>
      </p>
      <form className="form narrow" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorList messages={unplaced(errors, ['name'])} />
        <TextField
          label={t('checkout.guestName')}
          name="name"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.byField.get('name')}
        />
        <button type="submit" disabled={loading}>
          {t('checkout.continueAsGuest')}
        </button>
      </form>
    </section>
  );
}
