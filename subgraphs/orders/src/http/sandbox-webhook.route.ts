import { sendJson, type Route } from '@foodgraph/platform/http';
import type { Logger } from '@foodgraph/platform/logging';
import type { Clock } from '@foodgraph/platform/process';
import type { PaymentProvider } from '../payments/payment-provider';
import type { PaymentService } from '../services/payment.service';

/** Where the sandbox provider (or a test playing it) posts payment notifications. */
export const SANDBOX_WEBHOOK_PATH = '/webhooks/payments/sandbox';

/**
 * `POST /webhooks/payments/sandbox`. The provider authenticates itself with an HMAC over the
 * timestamp and the exact body (401 otherwise, or when the timestamp is outside the window,
 * which defeats replays of captured requests); a repeated notification id is acknowledged
 * without doing anything again. Answers 200 once the notification is durably applied, so the
 * provider retries anything we did not take.
 */
export function sandboxWebhookRoute(provider: PaymentProvider, payments: PaymentService, clock: Clock, logger: Logger): Route {
  return {
    method: 'POST',
    path: SANDBOX_WEBHOOK_PATH,
    async handle(req, res, body) {
      const verdict = await provider.verifyWebhook({ headers: req.headers, body, receivedAt: clock() });
      if (!verdict.ok) {
        logger.warn({ reason: verdict.reason, remote: req.socket.remoteAddress }, 'refused a payment webhook');
        return sendJson(res, verdict.status, { error: verdict.reason });
      }
      const requestId = req.headers['x-request-id'];
      const correlationId = typeof requestId === 'string' && requestId !== '' ? requestId : `webhook:${verdict.notification.eventId}`;
      const { result } = await payments.applyNotification(verdict.notification, { correlationId, causationId: null });
      if (result === 'UNKNOWN_REFERENCE') return sendJson(res, 404, { error: 'no payment with this reference' });
      return sendJson(res, 200, { received: true, result });
    },
  };
}
