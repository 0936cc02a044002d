import type { OrdersConfig } from '../config';
import { createMercadoPagoProvider } from './mercadopago-provider';
import type { PaymentProvider } from './payment-provider';
import { createSandboxProvider } from './sandbox-provider';

/** The provider `PAYMENT_PROVIDER` names, with its settings. */
export function createPaymentProvider(config: OrdersConfig): PaymentProvider {
  if (config.paymentProvider === 'mercadopago') {
    // readOrdersConfig sets these whenever the provider is mercadopago; a hand-built config may not.
    if (!config.mercadoPago) throw new Error('PAYMENT_PROVIDER is mercadopago but the MERCADOPAGO_* settings are missing');
    return createMercadoPagoProvider(config.mercadoPago);
  }
  return createSandboxProvider({ webhookSecret: config.sandboxWebhookSecret, toleranceMs: config.sandboxWebhookToleranceMs });
}
