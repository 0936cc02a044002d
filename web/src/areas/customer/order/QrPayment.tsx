import { useMutation } from '@apollo/client/react';
import { ConfirmSandboxPaymentDocument, type CustomerOrderFragment } from '@generated/graphql';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useSandboxPayments } from './use-sandbox-payments';

/**
 * A QR order waiting for its money: the EMV payload as a QR code a banking app scans, and —
 * only where payments go through the sandbox (the deployment's `/app-config.json` says so) —
 * the sandbox's "Pay" that stands in for the bank.
 */
export function QrPayment({ order }: { order: CustomerOrderFragment }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const [pay, { loading, error }] = useMutation(ConfirmSandboxPaymentDocument);
  const errors = useApiErrors(error);
  const sandbox = useSandboxPayments();
  const { payment } = order;
  if (payment.method !== 'QR_CODE' || order.status !== 'AWAITING_PAYMENT' || !payment.qrCode) return null;
  return (
    <section aria-labelledby="pay-heading" className="card">
      <h2 id="pay-heading">{t('pay.title', { amount: format.money(payment.amount) })}</h2>
      <p>{t('pay.scan')}</p>
      <div className="qr-code">
        <QRCodeSVG
          value={payment.qrCode}
          size={208}
          level="M"
          role="img"
          aria-label={t('pay.qrLabel', { amount: format.money(payment.amount) })}
        />
      </div>
      <details>
        <summary>{t('pay.payload')}</summary>
        <code style={{ wordBreak: 'break-all' }}>{payment.qrCode}</code>
      </details>
      {sandbox && (
        <>
          <ErrorList messages={errors.general} />
          <p>
            <button type="button" disabled={loading} onClick={() => void pay({ variables: { orderId: order.id } }).catch(() => undefined)}>
              {t('pay.sandbox')}
            </button>{' '}
            <span className="muted">{t('pay.sandboxHint')}</span>
          </p>
        </>
      )}
    </section>
  );
}
