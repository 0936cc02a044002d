import { useMutation } from '@apollo/client/react';
import { AdminConsoleRedriveDeadLetterDocument, type AdminConsoleDashboardQuery } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';

type DeadLetter = AdminConsoleDashboardQuery['adminDashboard']['deadLetters'][number];

/**
 * Events a consumer gave up on, from every subgraph, each with a redrive button. Redrive is
 * asynchronous (the owning subgraph hands the event back, then sets redrivenAt), so after a
 * click the page polls (`onRedriven`) until the time shows.
 */
export function DeadLetters({ letters, onRedriven }: { letters: readonly DeadLetter[]; onRedriven: (id: string) => void }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [redrive, { loading, error }] = useMutation(AdminConsoleRedriveDeadLetterDocument);
  const errors = useApiErrors(error);
  if (letters.length === 0) return <p>{t('dashboard.noDeadLetters')}</p>;
  return (
    <>
      <ErrorList messages={errors.general} />
      <table>
        <caption className="visually-hidden">{t('dashboard.deadLetters')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.event')}</th>
            <th scope="col">{t('dashboard.subgraph')}</th>
            <th scope="col">{t('dashboard.error')}</th>
            <th scope="col">{t('dashboard.attempts')}</th>
            <th scope="col">{t('dashboard.failedAt')}</th>
            <th scope="col">{t('dashboard.redriven')}</th>
          </tr>
        </thead>
        <tbody>
          {letters.map((letter) => (
            <tr key={letter.id}>
              <th scope="row">{letter.eventType}</th>
              <td>{letter.subgraph}</td>
              <td>{letter.error}</td>
              <td>{format.number(letter.attempts)}</td>
              <td>{format.dateTime(letter.failedAt)}</td>
              <td>
                {letter.redrivenAt ? (
                  t('dashboard.redrivenAt', { time: format.dateTime(letter.redrivenAt) })
                ) : (
                  <button
                    type="button"
                    className="secondary"
                    disabled={loading}
                    aria-label={t('dashboard.redriveLabel', { event: letter.eventType, subgraph: letter.subgraph })}
                    onClick={() =>
                      void redrive({ variables: { id: letter.id } })
                        .then(() => onRedriven(letter.id))
                        .catch(() => undefined)
                    }
                  >
                    {t('dashboard.redrive')}
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
