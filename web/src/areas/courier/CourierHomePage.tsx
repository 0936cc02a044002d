import { useMutation, useQuery } from '@apollo/client/react';
import { MyCourierProfileDocument, SetCourierAvailabilityDocument } from '@generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/use-format';
import { ErrorList } from '../../ui/ErrorList';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { Switch } from '../../ui/Switch';
import { useApiErrors } from '../../ui/use-api-errors';
import { useLocationSharing } from './location/use-location-sharing';
import { ActiveDeliveryCard } from './offers/ActiveDeliveryCard';
import { OfferCard } from './offers/OfferCard';
import { useDeliveryNews } from './offers/use-delivery-news';

/** The courier's phone screen: online switch, location sharing, the live offer and the delivery in hand. */
export function CourierHomePage() {
  const { t } = useTranslation('courier');
  const format = useFormat();
  const profile = useQuery(MyCourierProfileDocument);
  const [setAvailability, availability] = useMutation(SetCourierAvailabilityDocument);
  const [sharing, setSharing] = useState(false);
  const location = useLocationSharing(sharing);
  const live = useDeliveryNews();
  const errors = useApiErrors(profile.error ?? availability.error ?? location.error ?? live.error);
  const courier = profile.data?.myCourierProfile;

  if (profile.loading && !profile.data) return <Loading />;
  if (!courier) {
    return (
      <Page title={t('title')}>
        <ErrorList messages={errors.general} />
        {!profile.error && <p>{t('noProfile')}</p>}
      </Page>
    );
  }
  const online = courier.status !== 'OFFLINE';
  return (
    <Page title={t('title')}>
      <p className="courier-status">{t('statusLine', { name: courier.name, status: t(`courierStatus.${courier.status}`) })}</p>
      <div className="courier-switches">
        <Switch
          label={t('online')}
          checked={online}
          disabled={availability.loading}
          onChange={(available) => void setAvailability({ variables: { available } }).catch(() => undefined)}
        />
        <Switch label={t('location.share')} checked={sharing} onChange={setSharing} />
      </div>
      <p className="muted">
        {location.problem
          ? t(`location.problem.${location.problem}`)
          : sharing
            ? location.lastSent
              ? t('location.sentAt', { time: format.time(new Date(location.lastSent.at).toISOString()) })
              : t('location.waiting')
            : t('location.off')}
      </p>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
      <p className="courier-news" aria-live="polite" role="status">
        {live.news}
      </p>
      {courier.offeredDelivery && <OfferCard key={courier.offeredDelivery.id} delivery={courier.offeredDelivery} />}
      {courier.activeDelivery && <ActiveDeliveryCard courier={courier} />}
      {!courier.offeredDelivery && !courier.activeDelivery && <p className="muted">{online ? t('waitingForOffers') : t('offlineHint')}</p>}
      <p>
        <Link to="/courier/earnings">{t('earnings.link')}</Link>
      </p>
    </Page>
  );
}
