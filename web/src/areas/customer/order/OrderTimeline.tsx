import type { CustomerOrderFragment, Fulfilment } from '@generated/graphql';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { statusKey } from './order-status';

/** Every status the order went through, oldest first, with the time and the reason given. */
export function OrderTimeline({ history, fulfilment }: { history: CustomerOrderFragment['history']; fulfilment: Fulfilment }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  return (
    <ol className="timeline" aria-label={t('order.timelineLabel')}>
      {history.map((step, i) => (
        <li key={`${step.status}-${step.at}-${i}`}>
          <time dateTime={step.at}>{format.time(step.at)}</time> — {t(statusKey({ status: step.status, fulfilment }))}
          {step.reason && <span className="muted"> ({step.reason})</span>}
        </li>
      ))}
    </ol>
  );
}
