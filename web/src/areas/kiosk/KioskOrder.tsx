import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { KioskConfirmSandboxPaymentDocument, KioskOrderDocument, KioskOrderUpdatesDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useRefreshOnLiveConnect } from '../../apollo/live-connection';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { useApiErrors } from '../../ui/use-api-errors';
import { QrPayment } from '../customer/order/QrPayment';
import { isFinal, statusKey } from '../customer/order/order-status';
import { KioskTotals } from './KioskTotals';

/**
 * The order just placed at the kiosk: its sums and QR code to pay on screen, then its status,
 * live, up to "ready — collect it at the counter" and collected.
 */
export function KioskOrder({ orderId, onDone }: { orderId: string; onDone: () => void }) {
  const { t } = useTranslation('kiosk');
  const { t: tc } = useTranslation('customer');
  const { data, error, refetch } = useQuery(KioskOrderDocument, { variables: { id: orderId }, fetchPolicy: 'cache-and-network' });
  useRefreshOnLiveConnect(refetch);
  const order = data?.order;
  const live = useSubscription(KioskOrderUpdatesDocument, { variables: { orderId }, skip: !order || isFinal(order.status) });
  const [pay] = useMutation(KioskConfirmSandboxPaymentDocument);
  const errors = useApiErrors(error ?? live.error);
  if (!order) return error ? <ErrorList messages={errors.general} /> : <Loading />;
  const paid = order.status !== 'PENDING' && order.status !== 'AWAITING_PAYMENT';
  // The person is standing at the counter: "the counter", where the app says "the restaurant".
  const ready = order.fulfilment === 'PICKUP' && order.status === 'READY_FOR_PICKUP';
  return (
    <section aria-labelledby="kiosk-order-heading" className="kiosk-order">
      <h2 id="kiosk-order-heading">{t('order.title', { number: order.number })}</h2>
      <ErrorList messages={errors.general} />
      <section aria-labelledby="kiosk-status-heading" className="card">
        <h3 id="kiosk-status-heading">{t('order.status')}</h3>
        <p aria-live="polite" aria-atomic="true" className="kiosk-status">
          {ready ? t('order.readyToCollect') : tc(statusKey(order))}
        </p>
      </section>
      <KioskTotals order={order} />
      <QrPayment order={order} payInSandbox={(id) => pay({ variables: { orderId: id } })} />
      {paid && !['CANCELLED', 'REJECTED', 'DELIVERED'].includes(order.status) && (
        <p className="notice">{t('order.thanks', { number: order.number })}</p>
      )}
      <button type="button" className="kiosk-primary" onClick={onDone}>
        {t('order.done')}
      </button>
    </section>
  );
}
