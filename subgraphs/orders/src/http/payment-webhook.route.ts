import { sendJson, type Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import type { PaymentProvider } from '../payments/payment-provider';
import type { PaymentService } from '../services/payment.service';
import { TransactionKind, type PaymentTransactionLog } from '../services/payment-transactions';

/** Where the sandbox provider (or a test playing it) posts payment notifications. */
export const SANDBOX_WEBHOOK_PATH = '/webhooks/payments/sandbox';
/** Where Mercado Pago posts payment notifications (the application's webhook URL). */
export const MERCADOPAGO_WEBHOOK_PATH = '/webhooks/payments/mercadopago';

/** A provider's webhook path: `/webhooks/payments/<provider name>`. */
export function paymentWebhookPath(providerName: string): string {
  return `/webhooks/payments/${providerName}`;
}

export interface PaymentWebhookDeps {
  provider: PaymentProvider;
  payments: PaymentService;
  log: PaymentTransactionLog;
  clock: Clock;
  logger: Logger;
}

/**
 * `POST /webhooks/payments/<provider>`. The provider authenticates the call (its signature;
 * 401 otherwise) and says what it reports; a repeated notification id is acknowledged without
 * doing anything again. Answers 200 once the notification is durably applied, so the provider
 * retries anything we did not take. Refused and empty calls go to the payment log too.
 */
export function paymentWebhookRoute({ provider, payments, log, clock, logger }: PaymentWebhookDeps): Route {
  return {
    method: 'POST',
    path: paymentWebhookPath(provider.name),
    async handle(req, res, body) {
      const verdict = await provider.verifyWebhook({ headers: req.headers, body, url: req.url ?? '/', receivedAt: clock() });
      if (!verdict.ok) {
        logger.warn({ reason: verdict.reason, remote: req.socket.remoteAddress }, 'refused a payment webhook');
        await log.recordWebhook(TransactionKind.WebhookRejected, String(verdict.status), verdict.reason);
        return sendJson(res, verdict.status, { error: verdict.reason });
      }
      if (verdict.notification === null) {
        await log.recordWebhook(TransactionKind.WebhookIgnored, '200', verdict.ignored);
        return sendJson(res, 200, { received: true, result: 'IGNORED' });
      }
      const requestId = req.headers['x-request-id'];
      const correlationId = typeof requestId === 'string' && requestId !== '' ? requestId : `webhook:${verdict.notification.eventId}`;
      const { result } = await payments.applyNotification(verdict.notification, { correlationId, causationId: null });
      if (result === 'UNKNOWN_REFERENCE') return sendJson(res, 404, { error: 'no payment with this reference' });
      return sendJson(res, 200, { received: true, result });
    },
  };
}
