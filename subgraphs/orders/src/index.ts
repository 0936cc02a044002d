export { ordersSubgraph } from './descriptor';
export { createOrdersSubgraph, type OrdersSubgraphDeps } from './subgraph';
export { ordersEntities } from './entities';
export { ordersMigrations } from './db/migrations';
export { readOrdersConfig, DEFAULT_ORDERS_CONFIG, type OrdersConfig, type MercadoPagoConfig } from './config';
export { buildOrdersSchema, emitOrdersSchema } from './graphql/build-orders-schema';
export { createSandboxProvider, type SandboxProviderOptions } from './payments/sandbox-provider';
export { signSandboxWebhook, SANDBOX_SIGNATURE_HEADER } from './payments/sandbox-webhook-signature';
export type {
  PaymentProvider,
  PaymentNotification,
  CreatePaymentRequest,
  CreatedPayment,
  RefundRequest,
  RefundResult,
  WebhookRequest,
  WebhookVerdict,
} from './payments/payment-provider';
export { SANDBOX_WEBHOOK_PATH, MERCADOPAGO_WEBHOOK_PATH, paymentWebhookPath } from './http/payment-webhook.route';
export { createMercadoPagoProvider, type MercadoPagoProviderOptions } from './payments/mercadopago-provider';
export {
  MERCADOPAGO_SIGNATURE_HEADER,
  MERCADOPAGO_REQUEST_ID_HEADER,
  mercadoPagoManifest,
  verifyMercadoPagoSignature,
} from './payments/mercadopago-signature';
