import { useMutation } from '@apollo/client/react';
import {
  KitchenHandOverOrderDocument,
  KitchenMarkOrderReadyDocument,
  KitchenStartPreparingDocument,
  type KitchenTicketFragment,
} from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { AcceptForm, RejectForm } from './AcceptRejectForms';
import { LineStatusSelect } from './LineStatusSelect';

/** Lines can be moved while the order is in the kitchen's hands (the API refuses otherwise). */
const LINES_EDITABLE = ['ACCEPTED', 'PREPARING'];

/** One order on the kitchen display, with what can be done to it now. */
export function OrderTicket({ order }: { order: KitchenTicketFragment }) {
  const { t } = useTranslation('kitchen');
  const format = useFormat();
  const headingId = `ticket-${order.id}`;
  const [startPreparing, started] = useMutation(KitchenStartPreparingDocument);
  const [markReady, ready] = useMutation(KitchenMarkOrderReadyDocument);
  const [handOver, handing] = useMutation(KitchenHandOverOrderDocument);
  const errors = useApiErrors(started.error ?? ready.error ?? handing.error);
  const variables = { orderId: order.id };
  // Collected at the counter: no courier comes for it, the kitchen gives it to the customer.
  const pickup = order.fulfilment === 'PICKUP';
  return (
    <article className="card ticket" aria-labelledby={headingId} data-status={order.status}>
      <header className="ticket-header">
        <h3 id={headingId}>{t('ticket.title', { number: order.number })}</h3>
        {pickup && <span className="status-badge pickup-badge">{t('ticket.pickup')}</span>}
        <span className="status-badge">{t(`orderStatus.${order.status}`)}</span>
      </header>
      <p className="muted">
        {t('ticket.placedAt', { time: format.time(order.placedAt) })}
        {order.estimatedReadyAt && <> · {t('ticket.readyBy', { time: format.time(order.estimatedReadyAt) })}</>}
      </p>
      {order.notes && <p className="ticket-notes">{t('ticket.notes', { notes: order.notes })}</p>}
      <ul className="ticket-lines" aria-label={t('ticket.lines', { number: order.number })}>
        {order.lines.map((line) => {
          const dish = t('ticket.dish', { quantity: line.quantity, name: line.name });
          return (
            <li key={line.id}>
              <span className="ticket-dish">{dish}</span>
              {line.notes && <span className="muted"> — {line.notes}</span>}
              {LINES_EDITABLE.includes(order.status) ? (
                <LineStatusSelect orderId={order.id} lineId={line.id} dish={dish} status={line.status} />
              ) : (
                <span className="status-badge">{t(`lineStatus.${line.status}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {order.status === 'PLACED' && (
        <div className="ticket-actions">
          <AcceptForm orderId={order.id} number={order.number} />
          <RejectForm orderId={order.id} number={order.number} />
        </div>
      )}
      {order.status === 'ACCEPTED' && (
        <button type="button" disabled={started.loading} onClick={() => void startPreparing({ variables }).catch(() => undefined)}>
          {t('ticket.startPreparing')}
        </button>
      )}
      {order.status === 'PREPARING' && (
        <button type="button" disabled={ready.loading} onClick={() => void markReady({ variables }).catch(() => undefined)}>
          {t('ticket.markReady')}
        </button>
      )}
      {order.status === 'READY_FOR_PICKUP' && !pickup && <p className="notice">{t('ticket.awaitingCourier')}</p>}
      {order.status === 'READY_FOR_PICKUP' && pickup && (
        <>
          <p className="notice">{t('ticket.awaitingCustomer')}</p>
          <button type="button" disabled={handing.loading} onClick={() => void handOver({ variables }).catch(() => undefined)}>
            {t('ticket.handOver')}
          </button>
        </>
      )}
      <ErrorList messages={[...errors.general, ...errors.byField.values()]} />
    </article>
  );
}
