import {
  ConfigError,
  duration,
  int,
  optionalStr,
  optionalUrl,
  paymentProvider,
  str,
  type Env,
  type PaymentProviderName,
} from '@foodgraph/platform/config';
import { isUuid } from '@foodgraph/platform/ids';
import { DEFAULT_SCHEDULING_RULES } from './domain/schedule-rules';

/** Settings of the orders subgraph on top of the common ones (see `.env.example`). */
export interface OrdersConfig {
  /** HTTP port of the process entry point (`PORT`). @default 4003 */
  port: number;
  /** Interface to listen on (`HOST`; containers set 0.0.0.0). @default "127.0.0.1" */
  host: string;
  /** Unpaid QR orders are cancelled after this long (`PAYMENT_TIMEOUT`). @default 10 minutes */
  paymentTimeoutMs: number;
  /** PLACED orders the restaurant has not accepted are rejected after this (`ACCEPT_TIMEOUT`). @default 5 minutes */
  acceptTimeoutMs: number;
  /** How often due deadlines are looked for (`DEADLINE_POLL_INTERVAL`). @default 1 second */
  deadlinePollMs: number;
  /** How often the outbox relay looks for events nobody nudged it about (`OUTBOX_POLL_INTERVAL`). @default 250 ms */
  outboxPollMs: number;
  /** The payment provider (`PAYMENT_PROVIDER`): `sandbox` or `mercadopago`. @default "sandbox" */
  paymentProvider: PaymentProviderName;
  /** Mercado Pago's credentials (`MERCADOPAGO_*`); set exactly when the provider is `mercadopago`. @default null */
  mercadoPago: MercadoPagoConfig | null;
  /** HMAC secret of sandbox webhooks (`SANDBOX_WEBHOOK_SECRET`); required in production. */
  sandboxWebhookSecret: string;
  /** Accepted clock difference of a webhook's timestamp (`SANDBOX_WEBHOOK_TOLERANCE`). @default 5 minutes */
  sandboxWebhookToleranceMs: number;
  /**
   * Demo kitchen (`KITCHEN_SIMULATOR_SECONDS`): accepted orders move to PREPARING and then to
   * READY_FOR_PICKUP after this many milliseconds each; 0 turns it off. @default 0
   */
  kitchenSimulatorMs: number;
  /** Restaurants the demo kitchen cooks for (`KITCHEN_SIMULATOR_RESTAURANTS`, comma-separated ids); empty = all. @default [] */
  kitchenSimulatorRestaurants: string[];
  /** The earliest slot of a scheduled order, from now (`SCHEDULED_ORDER_MIN_AHEAD`). @default 30 minutes */
  scheduledMinAheadMs: number;
  /** The latest slot of a scheduled order, from now (`SCHEDULED_ORDER_MAX_AHEAD`). @default 7 days */
  scheduledMaxAheadMs: number;
  /** A scheduled order enters the kitchen this long before its slot (`SCHEDULED_ORDER_LEAD_TIME`). @default 30 minutes */
  scheduledLeadTimeMs: number;
  /** A basket nobody changed for this long is dropped (`BASKET_IDLE_TTL`); every change restarts it. @default 24 hours */
  basketIdleTtlMs: number;
}

/** How the orders subgraph reaches Mercado Pago (see `.env.example`). */
export interface MercadoPagoConfig {
  /** `MERCADOPAGO_ACCESS_TOKEN`: the seller's access token. */
  accessToken: string;
  /** `MERCADOPAGO_WEBHOOK_SECRET`: the secret webhook notifications are signed with. */
  webhookSecret: string;
  /** `MERCADOPAGO_USER_ID`: the seller's (collector's) user id. */
  userId: string;
  /** `MERCADOPAGO_EXTERNAL_POS_ID`: the point of sale the QR orders are created at. */
  externalPosId: string;
  /** `MERCADOPAGO_API_URL`. @default "https://api.mercadopago.com" */
  apiUrl: string;
  /** `MERCADOPAGO_NOTIFICATION_URL`: `notification_url` of each QR order; unset, the dashboard's webhook URL applies. */
  notificationUrl: string | undefined;
}

const MINUTE = 60_000;

/** The development default; `readOrdersConfig` refuses it when NODE_ENV is production. */
export const DEV_SANDBOX_WEBHOOK_SECRET = 'foodgraph-sandbox-webhook-secret-for-development';

export const DEFAULT_ORDERS_CONFIG: OrdersConfig = {
  port: 4003,
  host: '127.0.0.1',
  paymentTimeoutMs: 10 * MINUTE,
  acceptTimeoutMs: 5 * MINUTE,
  deadlinePollMs: 1000,
  outboxPollMs: 250,
  paymentProvider: 'sandbox',
  mercadoPago: null,
  sandboxWebhookSecret: DEV_SANDBOX_WEBHOOK_SECRET,
  sandboxWebhookToleranceMs: 5 * MINUTE,
  kitchenSimulatorMs: 0,
  kitchenSimulatorRestaurants: [],
  scheduledMinAheadMs: DEFAULT_SCHEDULING_RULES.minAheadMs,
  scheduledMaxAheadMs: DEFAULT_SCHEDULING_RULES.maxAheadMs,
  scheduledLeadTimeMs: DEFAULT_SCHEDULING_RULES.leadTimeMs,
  basketIdleTtlMs: 24 * 60 * MINUTE,
};

/** Reads and checks the orders settings; fails fast naming the variable. */
export function readOrdersConfig(env: Env): OrdersConfig {
  const d = DEFAULT_ORDERS_CONFIG;
  const positive = (name: string, fallback: number): number => {
    const value = duration(env, name, fallback);
    if (value < 1) throw new ConfigError(name, 'must be longer than 0');
    return value;
  };
  const provider = paymentProvider(env);
  const secret = optionalStr(env, 'SANDBOX_WEBHOOK_SECRET');
  if (secret === undefined && env['NODE_ENV'] === 'production' && provider === 'sandbox')
    throw new ConfigError('SANDBOX_WEBHOOK_SECRET', 'is required in production');
  if (secret !== undefined && secret.length < 16) throw new ConfigError('SANDBOX_WEBHOOK_SECRET', 'must be at least 16 characters');
  return {
    port: int(env, 'PORT', d.port, { min: 0, max: 65_535 }),
    host: str(env, 'HOST', d.host),
    paymentTimeoutMs: positive('PAYMENT_TIMEOUT', d.paymentTimeoutMs),
    acceptTimeoutMs: positive('ACCEPT_TIMEOUT', d.acceptTimeoutMs),
    deadlinePollMs: positive('DEADLINE_POLL_INTERVAL', d.deadlinePollMs),
    outboxPollMs: positive('OUTBOX_POLL_INTERVAL', d.outboxPollMs),
    paymentProvider: provider,
    mercadoPago: provider === 'mercadopago' ? readMercadoPagoConfig(env) : null,
    sandboxWebhookSecret: secret ?? d.sandboxWebhookSecret,
    sandboxWebhookToleranceMs: positive('SANDBOX_WEBHOOK_TOLERANCE', d.sandboxWebhookToleranceMs),
    kitchenSimulatorMs: int(env, 'KITCHEN_SIMULATOR_SECONDS', 0, { min: 0, max: 3600 }) * 1000,
    kitchenSimulatorRestaurants: readRestaurantIds(env),
    ...readSchedulingRules(env),
    basketIdleTtlMs: positive('BASKET_IDLE_TTL', d.basketIdleTtlMs),
  };
}

/**
 * Mercado Pago's settings: all required once it is the provider (there is nothing to fall
 * back to: without them no order could be paid), and in production the API only over https.
 */
function readMercadoPagoConfig(env: Env): MercadoPagoConfig {
  const secret = str(env, 'MERCADOPAGO_WEBHOOK_SECRET');
  if (secret.length < 16) throw new ConfigError('MERCADOPAGO_WEBHOOK_SECRET', 'must be at least 16 characters');
  const apiUrl = optionalUrl(env, 'MERCADOPAGO_API_URL') ?? 'https://api.mercadopago.com';
  if (env['NODE_ENV'] === 'production' && !apiUrl.startsWith('https:'))
    throw new ConfigError('MERCADOPAGO_API_URL', 'must be an https URL in production');
  return {
    accessToken: str(env, 'MERCADOPAGO_ACCESS_TOKEN'),
    webhookSecret: secret,
    userId: str(env, 'MERCADOPAGO_USER_ID'),
    externalPosId: str(env, 'MERCADOPAGO_EXTERNAL_POS_ID'),
    apiUrl,
    notificationUrl: optionalUrl(env, 'MERCADOPAGO_NOTIFICATION_URL'),
  };
}

/** The scheduled-order windows; a minimum beyond the maximum would refuse every slot. */
function readSchedulingRules(env: Env): Pick<OrdersConfig, 'scheduledMinAheadMs' | 'scheduledMaxAheadMs' | 'scheduledLeadTimeMs'> {
  const d = DEFAULT_ORDERS_CONFIG;
  const scheduledMinAheadMs = duration(env, 'SCHEDULED_ORDER_MIN_AHEAD', d.scheduledMinAheadMs);
  const scheduledMaxAheadMs = duration(env, 'SCHEDULED_ORDER_MAX_AHEAD', d.scheduledMaxAheadMs);
  if (scheduledMaxAheadMs <= scheduledMinAheadMs)
    throw new ConfigError('SCHEDULED_ORDER_MAX_AHEAD', 'must be longer than SCHEDULED_ORDER_MIN_AHEAD');
  return {
    scheduledMinAheadMs,
    scheduledMaxAheadMs,
    scheduledLeadTimeMs: duration(env, 'SCHEDULED_ORDER_LEAD_TIME', d.scheduledLeadTimeMs),
  };
}

function readRestaurantIds(env: Env): string[] {
  const ids = (optionalStr(env, 'KITCHEN_SIMULATOR_RESTAURANTS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  const bad = ids.find((id) => !isUuid(id));
  if (bad !== undefined) throw new ConfigError('KITCHEN_SIMULATOR_RESTAURANTS', `must be comma-separated restaurant ids, got "${bad}"`);
  return ids;
}
