import { useMutation } from '@apollo/client/react';
import { KitchenSetLineStatusDocument, type LineStatus } from '@generated/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';

const LINE_STATUSES: readonly LineStatus[] = ['QUEUED', 'COOKING', 'DONE'];

interface Props {
  orderId: string;
  lineId: string;
  /** What the line is, e.g. "2 × Pho", for the control's name. */
  dish: string;
  status: LineStatus;
}

/** One dish's kitchen progress, changed on the spot (the order comes back with it). */
export function LineStatusSelect({ orderId, lineId, dish, status }: Props) {
  const { t } = useTranslation('kitchen');
  const id = useId();
  const [setStatus, { loading, error }] = useMutation(KitchenSetLineStatusDocument);
  const errors = useApiErrors(error);
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('ticket.lineStatusOf', { dish })}
      </label>
      <select
        id={id}
        value={status}
        disabled={loading}
        onChange={(e) => {
          void setStatus({ variables: { orderId, lineId, status: e.target.value as LineStatus } }).catch(() => undefined);
        }}
      >
        {LINE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`lineStatus.${s}`)}
          </option>
        ))}
      </select>
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
    </>
  );
}
