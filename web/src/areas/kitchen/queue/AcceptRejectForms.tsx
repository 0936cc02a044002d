import { useMutation } from '@apollo/client/react';
import { KitchenAcceptOrderDocument, KitchenRejectOrderDocument } from '@generated/graphql';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unplaced } from '../../../ui/api-errors';
import { ErrorList } from '../../../ui/ErrorList';
import { TextField } from '../../../ui/TextField';
import { useApiErrors } from '../../../ui/use-api-errors';

/** The usual preparation time offered; the kitchen changes it per order. */
const DEFAULT_PREP_MINUTES = 15;

/** Accept a PLACED order, saying how many minutes it takes. */
export function AcceptForm({ orderId, number }: { orderId: string; number: string }) {
  const { t } = useTranslation('kitchen');
  const [minutes, setMinutes] = useState(String(DEFAULT_PREP_MINUTES));
  const [accept, { loading, error }] = useMutation(KitchenAcceptOrderDocument);
  const errors = useApiErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The API checks the range and names the field when it is wrong; the form just passes it on.
    void accept({ variables: { orderId, prepMinutes: Number.parseInt(minutes, 10) || 0 } }).catch(() => undefined);
  };
  // noValidate: a wrong number gets the API's message beside the field, not the browser's bubble.
  return (
    <form className="ticket-form" onSubmit={submit} aria-label={t('ticket.acceptForm', { number })} noValidate>
      <TextField
        label={t('ticket.prepMinutes')}
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
        error={errors.byField.get('prepMinutes')}
      />
      <button type="submit" disabled={loading}>
        {t('ticket.accept')}
      </button>
      <ErrorList messages={unplaced(errors, ['prepMinutes'])} />
    </form>
  );
}

/** Turn down a PLACED order with a reason the customer is shown. */
export function RejectForm({ orderId, number }: { orderId: string; number: string }) {
  const { t } = useTranslation('kitchen');
  const [reason, setReason] = useState('');
  const [reject, { loading, error }] = useMutation(KitchenRejectOrderDocument);
  const errors = useApiErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void reject({ variables: { orderId, reason } }).catch(() => undefined);
  };
  return (
    <form className="ticket-form" onSubmit={submit} aria-label={t('ticket.rejectForm', { number })}>
      <TextField
        label={t('ticket.rejectReason')}
        value={reason}
        maxLength={500}
        onChange={(e) => setReason(e.target.value)}
        error={errors.byField.get('reason')}
      />
      <button type="submit" className="secondary" disabled={loading}>
        {t('ticket.reject')}
      </button>
      <ErrorList messages={unplaced(errors, ['reason'])} />
    </form>
  );
}
