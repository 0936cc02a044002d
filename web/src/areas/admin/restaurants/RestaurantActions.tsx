import { useMutation } from '@apollo/client/react';
import { AdminRestaurantsDocument, ApproveRestaurantDocument, SuspendRestaurantDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import type { AdminRestaurant } from './use-restaurants-in';

/**
 * Approve (a pending restaurant, or lift a suspension) or suspend an active one with a reason.
 * The answers carry the new status: the cached restaurant leaves its old list at once, and the
 * lists are read again so it shows in the list of its new status.
 */
export function RestaurantActions({ restaurant }: { restaurant: AdminRestaurant }) {
  const { t } = useTranslation('admin');
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const [approve, approving] = useMutation(ApproveRestaurantDocument, { refetchQueries: [AdminRestaurantsDocument] });
  const [suspend, suspension] = useMutation(SuspendRestaurantDocument, { refetchQueries: [AdminRestaurantsDocument] });
  const approveErrors = useApiErrors(approving.error);
  const suspendErrors = useApiErrors(suspension.error);

  async function submitSuspension(event: FormEvent) {
    event.preventDefault();
    const { data } = await suspend({ variables: { id: restaurant.id, reason } }).catch(() => ({ data: undefined }));
    if (data?.suspendRestaurant) {
      setSuspending(false);
      setReason('');
    }
  }

  if (restaurant.status !== 'ACTIVE') {
    return (
      <>
        <ErrorList messages={approveErrors.general} />
        <button
          type="button"
          disabled={approving.loading}
          onClick={() => void approve({ variables: { id: restaurant.id } }).catch(() => undefined)}
        >
          {restaurant.status === 'SUSPENDED'
            ? t('restaurants.reinstate', { name: restaurant.name })
            : t('restaurants.approve', { name: restaurant.name })}
        </button>
      </>
    );
  }
  if (!suspending) {
    return (
      <button type="button" className="secondary" onClick={() => setSuspending(true)}>
        {t('restaurants.suspend', { name: restaurant.name })}
      </button>
    );
  }
  return (
    <form
      className="form"
      aria-label={t('restaurants.suspend', { name: restaurant.name })}
      onSubmit={(e) => void submitSuspension(e)}
      noValidate
    >
      <ErrorList messages={unplaced(suspendErrors, ['reason'])} />
      <TextField
        label={t('restaurants.suspendReason', { name: restaurant.name })}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={suspendErrors.byField.get('reason')}
      />
      <div className="row">
        <button type="submit" disabled={suspension.loading}>
          {t('restaurants.confirmSuspend')}
        </button>
        <button type="button" className="secondary" onClick={() => setSuspending(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
