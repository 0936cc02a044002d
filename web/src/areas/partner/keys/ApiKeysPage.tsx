import { useMutation } from '@apollo/client/react';
import { CreateApiKeyDocument, RevokeApiKeyDocument, type CreateApiKeyMutation } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { Page } from '../../../ui/Page';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useFormErrors } from '../form/use-form-errors';
import { NewSecret } from './NewSecret';

type Created = CreateApiKeyMutation['createApiKey'];

/**
 * API keys for the partner's own systems (a till, a kitchen display). The API has no query
 * that lists a partner's keys, so the page lists the keys made here, during this visit.
 */
export function ApiKeysPage() {
  const { t } = useTranslation('partner');
  const format = useFormat();
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<Created | null>(null);
  const [keys, setKeys] = useState<Created['apiKey'][]>([]);
  const [create, creating] = useMutation(CreateApiKeyDocument);
  const [revoke, revoking] = useMutation(RevokeApiKeyDocument);
  const createErrors = useFormErrors(creating.error);
  const revokeErrors = useApiErrors(revoking.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await create({ variables: { name } }).catch(() => ({ data: undefined }));
    if (!data?.createApiKey) return;
    setFresh(data.createApiKey);
    setKeys([data.createApiKey.apiKey, ...keys]);
    setName('');
  }

  return (
    <Page title={t('keys.title')}>
      <p>{t('keys.intro')}</p>
      <form className="form narrow" aria-label={t('keys.create')} onSubmit={(e) => void submit(e)} noValidate>
        <ErrorList messages={createErrors.general(['name'])} />
        <TextField
          label={t('keys.name')}
          hint={t('keys.nameHint')}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={createErrors.errorOf('name')}
        />
        <button type="submit" disabled={creating.loading}>
          {t('keys.create')}
        </button>
      </form>
      {fresh && <NewSecret created={fresh} onDone={() => setFresh(null)} />}
      <h2>{t('keys.listTitle')}</h2>
      <p className="hint">{t('keys.listHint')}</p>
      <ErrorList messages={revokeErrors.general} />
      {keys.length === 0 ? (
        <p>{t('keys.none')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('keys.listTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.name')}</th>
              <th scope="col">{t('keys.prefix')}</th>
              <th scope="col">{t('keys.created')}</th>
              <th scope="col">{t('keys.state')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.id}>
                <th scope="row">{key.name}</th>
                <td>
                  <code>fgk_{key.prefix}</code>
                </td>
                <td>{format.dateTime(key.createdAt)}</td>
                <td>
                  {key.revokedAt ? (
                    t('keys.revokedAt', { at: format.dateTime(key.revokedAt) })
                  ) : (
                    <button
                      type="button"
                      className="secondary"
                      disabled={revoking.loading}
                      onClick={() => {
                        void revoke({ variables: { id: key.id } })
                          .then(({ data }) => {
                            const revokedAt = data?.revokeApiKey.revokedAt;
                            if (revokedAt) setKeys((all) => all.map((k) => (k.id === key.id ? { ...k, revokedAt } : k)));
                          })
                          .catch(() => undefined);
                      }}
                    >
                      {t('keys.revoke', { name: key.name })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}
