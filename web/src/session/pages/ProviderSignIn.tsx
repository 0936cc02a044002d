import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appConfig, type IdentityProvider } from '../../app/app-config';
import { ErrorList } from '../../ui/ErrorList';

/**
 * "Sign in with <provider>" when the deployment names an identity provider in /app-config.json.
 * The OIDC client is loaded on the click only: most visitors never need it.
 */
export function ProviderSignIn({ next }: { next: string }) {
  const { t } = useTranslation();
  const [provider, setProvider] = useState<IdentityProvider | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void appConfig().then((config) => live && setProvider(config.identityProvider));
    return () => {
      live = false;
    };
  }, []);
  if (!provider) return null;

  async function start() {
    if (!provider) return;
    setBusy(true);
    setProblem(null);
    try {
      const { startProviderSignIn } = await import('../oidc/oidc-client');
      await startProviderSignIn(provider, next);
    } catch {
      setProblem(t('login.providerUnreachable', { provider: provider.displayName }));
      setBusy(false);
    }
  }

  return (
    <div className="provider-sign-in">
      <ErrorList messages={problem ? [problem] : []} />
      <button type="button" className="secondary" disabled={busy} onClick={() => void start()}>
        {t('login.withProvider', { provider: provider.displayName })}
      </button>
      <p className="muted">{t('login.or')}</p>
    </div>
  );
}
