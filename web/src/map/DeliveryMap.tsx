import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/use-format';
import { knownPoints, type DeliveryMapProps, type MapPoint } from './map-points';
import './map.css';

// Leaflet is big: only pages that show a map download it.
const LeafletCanvas = lazy(() => import('./LeafletCanvas'));

/**
 * The restaurant, the drop-off and the courier's track on a Leaflet map, with the same facts as
 * text beside it (the map's accessible alternative). Shared by the customer's order page and the
 * courier's delivery screen.
 */
export function DeliveryMap(props: DeliveryMapProps) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const coordinates = (p: MapPoint) =>
    t('coordinates', { lat: format.number(p.lat, { maximumFractionDigits: 5 }), lng: format.number(p.lng, { maximumFractionDigits: 5 }) });
  const courier = props.track.at(-1);
  const hasPoints = knownPoints(props).length > 0;
  return (
    <figure className="delivery-map">
      {hasPoints && (
        <Suspense fallback={<div className="map" aria-hidden="true" />}>
          <LeafletCanvas {...props} />
        </Suspense>
      )}
      <figcaption>
        <span className="visually-hidden">{props.label}</span>
        <ul className="map-facts">
          <li>
            <span className="map-key map-key-restaurant" aria-hidden="true" /> {t('restaurant')}:{' '}
            {props.restaurant ? coordinates(props.restaurant) : t('unknown')}
          </li>
          <li>
            <span className="map-key map-key-dropoff" aria-hidden="true" /> {t('dropoff')}:{' '}
            {props.dropoff ? coordinates(props.dropoff) : t('unknown')}
          </li>
          <li>
            <span className="map-key map-key-courier" aria-hidden="true" /> {t('courier')}:{' '}
            {courier
              ? t('courierAt', { where: coordinates(courier.location), time: format.time(courier.at), count: props.track.length })
              : t('noCourierYet')}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
