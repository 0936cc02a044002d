import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { completeProviderSignIn } from '../oidc/oidc-client';
import { providerSession } from '../oidc/provider-session';
import { useSession } from '../session-context';

/**
 * /login/callback: where the identity provider sends the browser back. The code becomes tokens
 * (state and PKCE checked), the access token becomes the session, and the person goes on to
 * where they were headed. A refusal (state mismatch, denied consent, unknown role) says why.
 */
export default function ProviderCallbackPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  // StrictMode runs effects twice in development; the code works once.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      try {
        const { tokens, issuer, next } = await completeProviderSignIn(new URL(window.location.href));
        await signIn(await providerSession(tokens), issuer);
        void navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    })();
  }, [signIn, navigate]);

  return (
    <Page title={t('login.providerTitle')}>
      {problem ? (
        <>
          <ErrorList messages={[t('login.providerFailed'), problem]} />
          <p>
            <Link to="/login">{t('login.tryAgain')}</Link>
          </p>
        </>
      ) : (
        <Loading label={t('login.providerFinishing')} />
      )}
    </Page>
  );
}
