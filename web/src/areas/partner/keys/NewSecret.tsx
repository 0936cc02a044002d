import type { CreateApiKeyMutation } from '@generated/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  created: CreateApiKeyMutation['createApiKey'];
  /** The partner has stored the secret: forget it here too. */
  onDone: () => void;
}

/** The new key's secret, shown this once, with a copy button and a plain warning. */
export function NewSecret({ created, onDone }: Props) {
  const { t } = useTranslation('partner');
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied('yes');
    } catch {
      // No clipboard permission (or an insecure origin): the field is selectable by hand.
      setCopied('failed');
    }
  }
  return (
    <section className="new-secret" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keys.secretTitle', { name: created.apiKey.name })}</h2>
      <p className="secret-warning">
        <strong>{t('keys.onceOnly')}</strong>
      </p>
      <div className="field">
        <label htmlFor={id}>{t('keys.secret')}</label>
        <input id={id} readOnly value={created.secret} className="secret" onFocus={(e) => e.target.select()} />
      </div>
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          {t('keys.copy')}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t('keys.stored')}
        </button>
      </div>
      <p aria-live="polite">{copied === 'yes' ? t('keys.copied') : copied === 'failed' ? t('keys.copyFailed') : ''}</p>
    </section>
  );
}
