import type { CustomerOrderFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { statusKey } from './order-status';

/**
 * Where the order is now and when it should arrive, in a polite live region: a screen reader
 * hears each step as the kitchen and the courier move it, without a reload.
 */
export function OrderStatusNow({ order }: { order: CustomerOrderFragment }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const eta = order.delivery?.etaMinutes;
  return (
    <section aria-labelledby="status-heading" className="card">
      <h2 id="status-heading">{t('order.statusTitle')}</h2>
      <div aria-live="polite" aria-atomic="true">
        <p>
          <strong className="status-badge">{t(statusKey(order))}</strong>
          {order.statusReason && <span> — {order.statusReason}</span>}
        </p>
        {order.scheduledFor && <p>{t('order.scheduledFor', { when: format.dateTime(order.scheduledFor) })}</p>}
        {order.estimatedReadyAt && !['PICKED_UP', 'DELIVERED', 'CANCELLED', 'REJECTED'].includes(order.status) && (
          <p>{t('order.readyAt', { time: format.time(order.estimatedReadyAt) })}</p>
        )}
        {eta != null && order.status !== 'DELIVERED' && <p>{t('order.etaMinutes', { count: eta })}</p>}
        {order.delivery?.courier && <p>{t('order.courier', { name: order.delivery.courier.name })}</p>}
      </div>
    </section>
  );
}
