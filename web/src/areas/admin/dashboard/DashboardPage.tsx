import { useQuery } from '@apollo/client/react';
import { AdminConsoleDashboardDocument } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { Loading } from '../../../ui/Loading';
import { Page } from '../../../ui/Page';
import { useApiErrors } from '../../../ui/use-api-errors';
import { windowRange, WINDOWS, type DashboardWindow } from './dashboard-window';
import { DeadLetters } from './DeadLetters';
import { StatusChart } from './StatusChart';

/** How often the page asks again while a redrive it asked for has not shown its time yet. */
const REDRIVE_POLL_MS = 1_000;

/**
 * The platform at a glance for one window (today, 7 or 30 days): orders by status (chart and
 * table), sales, deliveries, couriers, new users, ratings, the approval queue, and every
 * subgraph's dead letters with their redrive.
 */
export function DashboardPage() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [window, setWindow] = useState<DashboardWindow>('today');
  const [range, setRange] = useState(() => windowRange('today'));
  // Dead letters whose redrive this page asked for; polling runs while one has no time yet.
  const [redriving, setRedriving] = useState<ReadonlySet<string>>(new Set());
  const [waiting, setWaiting] = useState(0);
  const { data, previousData, loading, error } = useQuery(AdminConsoleDashboardDocument, {
    variables: range,
    fetchPolicy: 'cache-and-network',
    pollInterval: waiting > 0 ? REDRIVE_POLL_MS : 0,
  });
  const errors = useApiErrors(error);
  const dashboard = (data ?? previousData)?.adminDashboard;
  const letters = dashboard?.deadLetters ?? [];
  const stillWaiting = letters.filter((l) => redriving.has(l.id) && !l.redrivenAt).length;
  // Derived during render (React's "adjust state when a prop changes"): no effect, no extra pass.
  if (stillWaiting !== waiting) setWaiting(stillWaiting);
  function choose(next: DashboardWindow) {
    setWindow(next);
    setRange(windowRange(next));
  }

  return (
    <Page title={t('dashboard.title')}>
      <div className="row dashboard-controls">
        <fieldset className="dashboard-windows">
          <legend>{t('dashboard.window')}</legend>
          {WINDOWS.map((w) => (
            <label key={w}>
              <input type="radio" name="dashboard-window" value={w} checked={window === w} onChange={() => choose(w)} />{' '}
              {t(`dashboard.windows.${w}`)}
            </label>
          ))}
        </fieldset>
        <button type="button" className="secondary" onClick={() => setRange(windowRange(window))}>
          {t('dashboard.refresh')}
        </button>
      </div>
      <ErrorList messages={errors.general} />
      {loading && !dashboard && <Loading />}
      {dashboard && (
        <>
          <section aria-labelledby="dashboard-figures">
            <h2 id="dashboard-figures">{t('dashboard.figures', { window: t(`dashboard.windows.${window}`) })}</h2>
            <dl className="dashboard-figures">
              <div>
                <dt>{t('dashboard.gmv')}</dt>
                <dd>{format.money(dashboard.grossMerchandiseValue)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.deliveryMinutes')}</dt>
                <dd>
                  {dashboard.averageDeliveryMinutes === null || dashboard.averageDeliveryMinutes === undefined
                    ? t('dashboard.none')
                    : format.number(dashboard.averageDeliveryMinutes, { maximumFractionDigits: 1 })}
                </dd>
              </div>
              <div>
                <dt>{t('dashboard.activeCouriers')}</dt>
                <dd>{format.number(dashboard.activeCouriers)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.newUsers')}</dt>
                <dd>{format.number(dashboard.newUsers)}</dd>
              </div>
              <div>
                <dt>{t('dashboard.rating')}</dt>
                <dd>
                  {dashboard.averageRestaurantRating === null || dashboard.averageRestaurantRating === undefined
                    ? t('dashboard.none')
                    : format.number(dashboard.averageRestaurantRating, { maximumFractionDigits: 2 })}
                </dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="dashboard-orders">
            <h2 id="dashboard-orders">{t('dashboard.orders')}</h2>
            <StatusChart bars={dashboard.ordersByStatus} />
          </section>
          <section aria-labelledby="dashboard-queue">
            <h2 id="dashboard-queue">{t('dashboard.queue')}</h2>
            <p>
              {t('dashboard.pending', { count: dashboard.restaurantsPendingApproval })} <Link to="/admin">{t('dashboard.toQueue')}</Link>
            </p>
          </section>
          <section aria-labelledby="dashboard-dead-letters">
            <h2 id="dashboard-dead-letters">{t('dashboard.deadLetters')}</h2>
            <div aria-live="polite">{waiting > 0 && <p className="notice">{t('dashboard.redriving', { count: waiting })}</p>}</div>
            <DeadLetters letters={letters} onRedriven={(id) => setRedriving((ids) => new Set([...ids, id]))} />
          </section>
        </>
      )}
    </Page>
  );
}
