import { useMutation, useQuery } from '@apollo/client/react';
import { CreateApiKeyDocument, MyApiKeysDocument, type CreateApiKeyMutation } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useFormErrors } from '../form/use-form-errors';
import { ApiKeyList } from './ApiKeyList';
import { NewSecret } from './NewSecret';

type Created = CreateApiKeyMutation['createApiKey'];

/**
 * API keys for the partner's own systems (a till, a kitchen display): every key of theirs,
 * older ones included, a new key whose secret is shown once, and revoking any that still works.
 */
export function ApiKeysPage() {
  const { t } = useTranslation('partner');
  const [name, setName] = useState('');
  const [fresh, setFresh] = useState<Created | null>(null);
  const keys = useQuery(MyApiKeysDocument, { fetchPolicy: 'cache-and-network' });
  const listErrors = useApiErrors(keys.error);
  const [create, creating] = useMutation(CreateApiKeyDocument, {
    // The new key heads the list at once; revoking needs nothing alike, as the answer updates
    // the key's cache entry (same id) and with it the list.
    update(cache, { data }) {
      const created = data?.createApiKey.apiKey;
      if (!created) return;
      cache.updateQuery({ query: MyApiKeysDocument }, (list) =>
        list ? { ...list, myApiKeys: [created, ...list.myApiKeys.filter((k) => k.id !== created.id)] } : list,
      );
    },
  });
  const createErrors = useFormErrors(creating.error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { data } = await create({ variables: { name } }).catch(() => ({ data: undefined }));
    if (!data?.createApiKey) return;
    setFresh(data.createApiKey);
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
      <ErrorList messages={listErrors.general} />
      {keys.loading && !keys.data && <Loading />}
      {keys.data && <ApiKeyList keys={keys.data.myApiKeys} />}
    </Page>
  );
}
