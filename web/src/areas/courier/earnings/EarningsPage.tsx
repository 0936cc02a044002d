import { useQuery } from '@apollo/client/react';
import { CourierEarningsDocument } from '@generated/graphql';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { periodOf, toDateInput, type PeriodKind } from './periods';

const KINDS: readonly PeriodKind[] = ['today', 'week', 'range'];

/** Pay and bonuses for today, this week, or a range of days. */
export function EarningsPage() {
  const { t } = useTranslation('courier');
  const format = useFormat();
  const [kind, setKind] = useState<PeriodKind>('today');
  const [first, setFirst] = useState(() => toDateInput(new Date()));
  const [last, setLast] = useState(() => toDateInput(new Date()));
  // Computed once per choice, so "today" does not creep forward on every render.
  const period = useMemo(() => periodOf(kind, new Date(), first, last), [kind, first, last]);
  const { data, loading, error } = useQuery(CourierEarningsDocument, {
    variables: period ?? { from: '', to: '' },
    skip: !period,
  });
  const errors = useApiErrors(error);
  const earnings = data?.myCourierProfile?.earnings;
  const figures: [string, string][] = earnings
    ? [
        ['deliveries', format.number(earnings.deliveries)],
        ['basePay', format.money(earnings.basePay)],
        ['bonus', format.money(earnings.bonus)],
        ['total', format.money(earnings.total)],
      ]
    : [];
  return (
    <Page title={t('earnings.title')}>
      <p>
        <Link to="/courier">{t('earnings.back')}</Link>
      </p>
      <fieldset className="period-choice">
        <legend>{t('earnings.period')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="period-option">
            <input type="radio" name="period" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`earnings.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'range' && (
        <div className="row">
          <TextField
            label={t('earnings.from')}
            type="date"
            value={first}
            onChange={(e) => setFirst(e.target.value)}
            error={errors.byField.get('from')}
          />
          <TextField
            label={t('earnings.to')}
            type="date"
            value={last}
            onChange={(e) => setLast(e.target.value)}
            error={errors.byField.get('to')}
          />
        </div>
      )}
      <ErrorList messages={unplaced(errors, kind === 'range' ? ['from', 'to'] : [])} />
      {loading && !earnings ? (
        <Loading />
      ) : (
        earnings && (
          <section aria-labelledby="earnings-summary">
            <h2 id="earnings-summary">{t('earnings.summary')}</h2>
            <table className="earnings-totals" aria-labelledby="earnings-summary">
              <tbody>
                {figures.map(([term, value]) => (
                  <tr key={term}>
                    <th scope="row">{t(`earnings.${term}`)}</th>
                    <td>{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t('earnings.bonusLines')}</h3>
            {earnings.bonusLines.length === 0 ? (
              <p className="muted">{t('earnings.noBonus')}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('earnings.rule')}</th>
                    <th scope="col">{t('earnings.how')}</th>
                    <th scope="col">{t('earnings.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {earnings.bonusLines.map((line) => (
                    <tr key={line.rule}>
                      <th scope="row">{t(`bonusRule.${line.rule}`, { defaultValue: line.rule })}</th>
                      <td>{line.description}</td>
                      <td>{format.money(line.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )
      )}
    </Page>
  );
}
