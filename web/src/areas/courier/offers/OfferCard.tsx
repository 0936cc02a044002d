import { useMutation } from '@apollo/client/react';
import {
  AcceptDeliveryDocument,
  DeclineDeliveryDocument,
  MyCourierProfileDocument,
  type CourierDeliveryFragment,
} from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { DeliveryFacts } from './DeliveryFacts';
import { useNow } from './use-now';

/** After an answer the profile says what the courier holds now (the delivery, or nothing). */
const REFETCH_PROFILE = { refetchQueries: [{ query: MyCourierProfileDocument }], awaitRefetchQueries: true };

/** An offer waiting for the courier's answer, counting down to when it goes to someone else. */
export function OfferCard({ delivery }: { delivery: CourierDeliveryFragment }) {
  const { t } = useTranslation('courier');
  const expiresAt = delivery.offerExpiresAt ? Date.parse(delivery.offerExpiresAt) : undefined;
  const now = useNow(expiresAt !== undefined);
  const secondsLeft = expiresAt === undefined ? undefined : Math.max(0, Math.ceil((expiresAt - now) / 1000));
  const [accept, accepted] = useMutation(AcceptDeliveryDocument, REFETCH_PROFILE);
  const [decline, declined] = useMutation(DeclineDeliveryDocument, REFETCH_PROFILE);
  const errors = useApiErrors(accepted.error ?? declined.error);
  const busy = accepted.loading || declined.loading;
  const variables = { deliveryId: delivery.id };
  return (
    <article className="card courier-card offer" aria-labelledby="offer-heading">
      <h2 id="offer-heading">{t('offer.title', { restaurant: delivery.order.restaurant.name })}</h2>
      <DeliveryFacts delivery={delivery} />
      {secondsLeft !== undefined && (
        // role="timer" is not announced every second; the number is there for whoever looks.
        <p role="timer" aria-label={t('offer.timeLeft')} className={secondsLeft <= 10 ? 'countdown urgent' : 'countdown'}>
          {secondsLeft > 0 ? t('offer.expiresIn', { count: secondsLeft }) : t('offer.expired')}
        </p>
      )}
      <div className="courier-actions">
        <button type="button" disabled={busy || secondsLeft === 0} onClick={() => void accept({ variables }).catch(() => undefined)}>
          {t('offer.accept')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void decline({ variables }).catch(() => undefined)}>
          {t('offer.decline')}
        </button>
      </div>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
    </article>
  );
}
