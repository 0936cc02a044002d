import type { CourierDeliveryFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { AddressText } from './AddressText';

/** Where to collect the food and where to bring it: what a courier decides an offer on. */
export function DeliveryFacts({ delivery }: { delivery: CourierDeliveryFragment }) {
  const { t } = useTranslation('courier');
  const format = useFormat();
  return (
    <dl className="delivery-facts">
      <dt>{t('delivery.restaurant')}</dt>
      <dd>{delivery.order.restaurant.name}</dd>
      <dt>{t('delivery.pickup')}</dt>
      <dd>
        <AddressText address={delivery.pickup} />
      </dd>
      <dt>{t('delivery.dropoff')}</dt>
      <dd>
        <AddressText address={delivery.dropoff} />
      </dd>
      {delivery.distanceMeters > 0 && (
        <>
          <dt>{t('delivery.distance')}</dt>
          <dd>{format.number(delivery.distanceMeters / 1000, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 })}</dd>
        </>
      )}
      {delivery.etaMinutes !== null && delivery.etaMinutes !== undefined && (
        <>
          <dt>{t('delivery.eta')}</dt>
          <dd>{t('delivery.etaMinutes', { count: delivery.etaMinutes })}</dd>
        </>
      )}
    </dl>
  );
}
