import type { RestaurantStatus } from '@generated/graphql';
import { useTranslation } from 'react-i18next';

interface StatusOf {
  status: RestaurantStatus;
  suspensionReason?: string | null;
}

/** The approval status as a badge (words, not only a colour). */
export function RestaurantStatusBadge({ restaurant }: { restaurant: StatusOf }) {
  const { t } = useTranslation('partner');
  return <span className={`status-badge restaurant-status-${restaurant.status.toLowerCase()}`}>{t(`status.${restaurant.status}`)}</span>;
}

/** What the status means for the partner: not public yet, or suspended and why. */
export function RestaurantStatusNotice({ restaurant }: { restaurant: StatusOf }) {
  const { t } = useTranslation('partner');
  if (restaurant.status === 'PENDING_APPROVAL') return <p className="notice pending-notice">{t('status.pendingExplained')}</p>;
  if (restaurant.status === 'SUSPENDED') {
    return (
      <p className="notice suspended-notice">
        {t('status.suspendedExplained', { reason: restaurant.suspensionReason ?? t('status.noReason') })}
      </p>
    );
  }
  return null;
}
