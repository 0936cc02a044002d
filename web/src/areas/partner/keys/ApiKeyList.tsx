import { useMutation } from '@apollo/client/react';
import { RevokeApiKeyDocument, type PartnerApiKeyFragment } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';

/** The partner's keys as a table, newest first, each live one with its "Revoke" button. */
export function ApiKeyList({ keys }: { keys: readonly PartnerApiKeyFragment[] }) {
  const { t } = useTranslation('partner');
  const format = useFormat();
  const [revoke, revoking] = useMutation(RevokeApiKeyDocument);
  const errors = useApiErrors(revoking.error);
  // The button goes away with the revocation; the live region says what happened instead.
  const [revoked, setRevoked] = useState<string | null>(null);
  if (keys.length === 0) return <p>{t('keys.none')}</p>;
  return (
    <>
      <p aria-live="polite">{revoked && t('keys.revoked', { name: revoked })}</p>
      <ErrorList messages={errors.general} />
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
                    onClick={() =>
                      void revoke({ variables: { id: key.id } })
                        .then(({ data }) => data && setRevoked(key.name))
                        .catch(() => undefined)
                    }
                  >
                    {t('keys.revoke', { name: key.name })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
