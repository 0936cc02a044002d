import { ConfigError } from '@foodgraph/platform/config';
import { DEFAULT_ORDERS_CONFIG, readOrdersConfig } from '../../src/config';

describe('orders config', () => {
  it('defaults to port 4003, a 10 minute payment and 5 minute accept timeout', () => {
    expect(readOrdersConfig({})).toEqual(DEFAULT_ORDERS_CONFIG);
    expect(DEFAULT_ORDERS_CONFIG).toMatchObject({ port: 4003, paymentTimeoutMs: 600_000, acceptTimeoutMs: 300_000 });
  });

  it('reads durations and names the bad variable', () => {
    expect(readOrdersConfig({ PAYMENT_TIMEOUT: '2s', ACCEPT_TIMEOUT: '1500ms' })).toMatchObject({
      paymentTimeoutMs: 2000,
      acceptTimeoutMs: 1500,
    });
    expect(() => readOrdersConfig({ PAYMENT_TIMEOUT: 'soon' })).toThrow(/PAYMENT_TIMEOUT/);
    expect(() => readOrdersConfig({ ACCEPT_TIMEOUT: '0' })).toThrow(ConfigError);
  });

  it('requires a webhook secret in production and refuses a short one', () => {
    expect(() => readOrdersConfig({ NODE_ENV: 'production' })).toThrow(/SANDBOX_WEBHOOK_SECRET/);
    expect(() => readOrdersConfig({ SANDBOX_WEBHOOK_SECRET: 'short' })).toThrow(/SANDBOX_WEBHOOK_SECRET/);
    expect(readOrdersConfig({ NODE_ENV: 'production', SANDBOX_WEBHOOK_SECRET: 'a long enough secret' }).sandboxWebhookSecret).toBe(
      'a long enough secret',
    );
  });

  it('turns the demo kitchen on with KITCHEN_SIMULATOR_SECONDS, for listed restaurants or all', () => {
    const id = '0190a000-0000-7000-8000-000000000001';
    expect(readOrdersConfig({ KITCHEN_SIMULATOR_SECONDS: '10', KITCHEN_SIMULATOR_RESTAURANTS: ` ${id} ,` })).toMatchObject({
      kitchenSimulatorMs: 10_000,
      kitchenSimulatorRestaurants: [id],
    });
    expect(() => readOrdersConfig({ KITCHEN_SIMULATOR_RESTAURANTS: 'pizza' })).toThrow(/KITCHEN_SIMULATOR_RESTAURANTS/);
    expect(() => readOrdersConfig({ KITCHEN_SIMULATOR_SECONDS: '-1' })).toThrow(/KITCHEN_SIMULATOR_SECONDS/);
  });

  it('reads the scheduled-order windows and refuses a maximum below the minimum', () => {
    expect(DEFAULT_ORDERS_CONFIG).toMatchObject({
      scheduledMinAheadMs: 30 * 60_000,
      scheduledMaxAheadMs: 7 * 86_400_000,
      scheduledLeadTimeMs: 30 * 60_000,
    });
    expect(readOrdersConfig({ SCHEDULED_ORDER_MIN_AHEAD: '2s', SCHEDULED_ORDER_LEAD_TIME: '1s' })).toMatchObject({
      scheduledMinAheadMs: 2000,
      scheduledLeadTimeMs: 1000,
    });
    expect(() => readOrdersConfig({ SCHEDULED_ORDER_MIN_AHEAD: '2d', SCHEDULED_ORDER_MAX_AHEAD: '1d' })).toThrow(
      /SCHEDULED_ORDER_MAX_AHEAD/,
    );
    expect(() => readOrdersConfig({ SCHEDULED_ORDER_LEAD_TIME: 'early' })).toThrow(/SCHEDULED_ORDER_LEAD_TIME/);
  });
});
