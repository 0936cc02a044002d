import { useMutation } from '@apollo/client/react';
import { ConfirmSandboxPaymentDocument, type CustomerOrderFragment } from '@generated/graphql';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';
import { ErrorList } from '../../../ui/ErrorList';
import { useApiErrors } from '../../../ui/use-api-errors';
import { useSandboxPayments } from './use-sandbox-payments';

/** What the QR code needs of an order: the customer's order page and the kiosk both have it. */
export type QrPayableOrder = Pick<CustomerOrderFragment, 'id' | 'status'> & {
  payment: Pick<CustomerOrderFragment['payment'], 'method' | 'qrCode' | 'amount'>;
};

/**
 * A QR order waiting for its money: the EMV payload as a QR code a banking app scans, and —
 * only where payments go through the sandbox (the deployment's `/app-config.json` says so) —
 * the sandbox's "Pay" that stands in for the bank.
 */
export function QrPayment({ order, payInSandbox }: { order: QrPayableOrder; payInSandbox?: (orderId: string) => Promise<unknown> }) {
  const { t } = useTranslation('customer');
  const format = useFormat();
  const [confirm, confirming] = useMutation(ConfirmSandboxPaymentDocument);
  // The kiosk pays with its own document (a kiosk session reads fewer of the order's fields).
  const [other, setOther] = useState<{ loading: boolean; error: unknown }>({ loading: false, error: undefined });
  const loading = confirming.loading || other.loading;
  const errors = useApiErrors(confirming.error ?? other.error);
  const pay = ({ variables }: { variables: { orderId: string } }) => {
    if (!payInSandbox) return confirm({ variables });
    setOther({ loading: true, error: undefined });
    return payInSandbox(variables.orderId).then(
      () => setOther({ loading: false, error: undefined }),
      (error: unknown) => setOther({ loading: false, error }),
    );
  };
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
