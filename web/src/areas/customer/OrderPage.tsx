import { useQuery, useSubscription } from '@apollo/client/react';
import { useRefreshOnLiveConnect } from '../../apollo/live-connection';
import { OrderDetailDocument, OrderUpdatesDocument } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { DeliveryMap } from '../../map/DeliveryMap';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useApiErrors } from '../../ui/use-api-errors';
import './customer.css';
import { CancelOrder } from './order/CancelOrder';
import { OrderLines } from './order/OrderLines';
import { OrderStatusNow } from './order/OrderStatusNow';
import { OrderTimeline } from './order/OrderTimeline';
import { QrPayment } from './order/QrPayment';
import { ReviewForm } from './order/ReviewForm';
import { isSettled } from './order/order-status';
import { useCourierTrack } from './order/use-courier-track';

/**
 * /orders/:id, live: `orderUpdated` events are normalized into the cache over the query's
 * answer (same fragment), so the status, timeline, ETA, payment and delivery change in place.
 */
export default function OrderPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('customer');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(OrderDetailDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useRefreshOnLiveConnect(refetch);
  const order = data?.order;
  const { error: liveError } = useSubscription(OrderUpdatesDocument, { variables: { orderId: id }, skip: !order || isSettled(order) });
  const track = useCourierTrack(order);
  const errors = useApiErrors(error);
  const liveErrors = useApiErrors(liveError);

  if (loading && !order) return <Loading />;
  if (!order) {
    return (
      <Page title={t('order.notFound')}>
        <ErrorList messages={errors.general} />
        <Link to="/orders">{t('order.backToOrders')}</Link>
      </Page>
    );
  }

  return (
    <Page title={t('order.title', { number: order.number })}>
      <p className="muted">
        <Link to={`/restaurants/${order.restaurant.id}`}>{order.restaurant.name}</Link> ·{' '}
        {t('order.placedAt', { when: format.dateTime(order.placedAt) })}
      </p>
      <ErrorList messages={liveErrors.general} />
      <OrderStatusNow order={order} />
      <QrPayment order={order} />
      <CancelOrder order={order} />
      {order.status === 'DELIVERED' && <ReviewForm order={order} />}
      <div className="customer-columns">
        <div>
          <h2>{t('order.progress')}</h2>
          <OrderTimeline history={order.history} fulfilment={order.fulfilment} />
          {/* Collected at the restaurant: no drop-off and no courier to show on a map. */}
          {order.fulfilment === 'DELIVERY' && (
            <>
              <h2>{t('order.mapTitle')}</h2>
              <DeliveryMap
                label={t('order.mapLabel', { number: order.number })}
                restaurant={order.restaurant.address.location}
                dropoff={order.deliveryAddress.location}
                track={track}
              />
            </>
          )}
        </div>
        <OrderLines order={order} />
      </div>
    </Page>
  );
}
