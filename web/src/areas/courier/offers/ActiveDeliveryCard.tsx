import { useMutation } from '@apollo/client/react';
import { MarkDeliveredDocument, MarkPickedUpDocument, MyCourierProfileDocument, type CourierSelfFragment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { DeliveryMap } from '../../../map/DeliveryMap';
import type { TrackPoint } from '../../../map/map-points';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { DeliveryFacts } from './DeliveryFacts';

type Delivery = NonNullable<CourierSelfFragment['activeDelivery']>;

const REFETCH_PROFILE = { refetchQueries: [{ query: MyCourierProfileDocument }], awaitRefetchQueries: true };

/**
 * The trail on the map: the delivery's reported points, then the courier's latest position
 * when it is newer (location reports update the courier, not the delivery's cached track).
 */
function trailOf(delivery: Delivery, courier: Pick<CourierSelfFragment, 'location' | 'lastSeenAt'>): TrackPoint[] {
  const track: TrackPoint[] = delivery.track.map((p) => ({ at: p.at, location: p.location }));
  const last = track.at(-1);
  if (courier.location && courier.lastSeenAt && (!last || Date.parse(courier.lastSeenAt) > Date.parse(last.at)))
    track.push({ at: courier.lastSeenAt, location: courier.location });
  return track;
}

/** The delivery the courier holds: where to go, the next step, and the map. */
export function ActiveDeliveryCard({ courier }: { courier: CourierSelfFragment }) {
  const { t } = useTranslation('courier');
  const delivery = courier.activeDelivery;
  const [pickUp, pickedUp] = useMutation(MarkPickedUpDocument, REFETCH_PROFILE);
  const [deliver, delivered] = useMutation(MarkDeliveredDocument, REFETCH_PROFILE);
  const errors = useApiErrors(pickedUp.error ?? delivered.error);
  if (!delivery) return null;
  const variables = { deliveryId: delivery.id };
  const title = t('active.title', { number: delivery.order.number, restaurant: delivery.order.restaurant.name });
  return (
    <article className="card courier-card" aria-labelledby="active-heading">
      <h2 id="active-heading">{title}</h2>
      <p>
        <span className="status-badge">{t(`deliveryStatus.${delivery.status}`)}</span>
      </p>
      <DeliveryFacts delivery={delivery} />
      <div className="courier-actions">
        {delivery.status === 'ASSIGNED' && (
          <button type="button" disabled={pickedUp.loading} onClick={() => void pickUp({ variables }).catch(() => undefined)}>
            {t('active.pickedUp')}
          </button>
        )}
        {delivery.status === 'PICKED_UP' && (
          <button type="button" disabled={delivered.loading} onClick={() => void deliver({ variables }).catch(() => undefined)}>
            {t('active.delivered')}
          </button>
        )}
      </div>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      <DeliveryMap
        restaurant={delivery.pickup.location}
        dropoff={delivery.dropoff.location}
        track={trailOf(delivery, courier)}
        label={t('active.map', { number: delivery.order.number })}
      />
    </article>
  );
}
