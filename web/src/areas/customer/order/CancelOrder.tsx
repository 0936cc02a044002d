import { useMutation } from '@apollo/client/react';
import { CancelOrderDocument, type CustomerOrderFragment } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';
import { customerMayCancel } from './order-status';

/** "Cancel order" while the restaurant has not accepted; a refusal (it just did) shows the API's words. */
export function CancelOrder({ order }: { order: CustomerOrderFragment }) {
  const { t } = useTranslation('customer');
  const [cancel, { loading, error }] = useMutation(CancelOrderDocument);
  const errors = useApiErrors(error);
  const [reason, setReason] = useState('');
  // After a refusal the form stays so the message stays beside it, even if the status moved on.
  if (!customerMayCancel(order.status) && !error) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    await cancel({ variables: { orderId: order.id, reason: reason.trim() || null } }).catch(() => undefined);
  }

  return (
    <form className="form narrow" onSubmit={(e) => void submit(e)} noValidate aria-label={t('cancel.label')}>
      <ErrorList messages={unplaced(errors, ['reason'])} />
      <TextField
        label={t('cancel.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.byField.get('reason')}
      />
      <button type="submit" className="secondary" disabled={loading}>
        {t('cancel.submit')}
      </button>
    </form>
  );
}
