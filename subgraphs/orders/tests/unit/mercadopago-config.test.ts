import { readOrdersConfig } from '../../src/config';
import { createPaymentProvider } from '../../src/payments/create-payment-provider';

const MERCADOPAGO = {
  PAYMENT_PROVIDER: 'mercadopago',
  MERCADOPAGO_ACCESS_TOKEN: 'APP_USR-token',
  MERCADOPAGO_WEBHOOK_SECRET: 'a-webhook-secret-long-enough',
  MERCADOPAGO_USER_ID: '123456789',
  MERCADOPAGO_EXTERNAL_POS_ID: 'FOODGRAPH01',
};

describe('the Mercado Pago settings', () => {
  it('are read when the provider is mercadopago, with the public API by default', () => {
    const config = readOrdersConfig(MERCADOPAGO);
    expect(config.mercadoPago).toEqual({
      accessToken: 'APP_USR-token',
      webhookSecret: 'a-webhook-secret-long-enough',
      userId: '123456789',
      externalPosId: 'FOODGRAPH01',
      apiUrl: 'https://api.mercadopago.com',
      notificationUrl: undefined,
    });
    expect(createPaymentProvider(config).name).toBe('mercadopago');
    expect(readOrdersConfig({}).mercadoPago).toBeNull();
    expect(createPaymentProvider(readOrdersConfig({})).name).toBe('sandbox');
  });

  it.each(['MERCADOPAGO_ACCESS_TOKEN', 'MERCADOPAGO_WEBHOOK_SECRET', 'MERCADOPAGO_USER_ID', 'MERCADOPAGO_EXTERNAL_POS_ID'])(
    'refuse to start without %s, naming it',
    (name) => {
      expect(() => readOrdersConfig({ ...MERCADOPAGO, [name]: '' })).toThrow(name);
      expect(() => readOrdersConfig({ ...MERCADOPAGO, NODE_ENV: 'production', [name]: undefined })).toThrow(name);
    },
  );

  it('refuse a short webhook secret, and a plain-http API in production', () => {
    expect(() => readOrdersConfig({ ...MERCADOPAGO, MERCADOPAGO_WEBHOOK_SECRET: 'short' })).toThrow(/MERCADOPAGO_WEBHOOK_SECRET/);
    const local = { ...MERCADOPAGO, MERCADOPAGO_API_URL: 'http://127.0.0.1:9000' };
    expect(readOrdersConfig(local).mercadoPago?.apiUrl).toBe('http://127.0.0.1:9000');
    expect(() => readOrdersConfig({ ...local, NODE_ENV: 'production' })).toThrow(/MERCADOPAGO_API_URL/);
  });

  it('do not need the sandbox secret in production', () => {
    expect(readOrdersConfig({ ...MERCADOPAGO, NODE_ENV: 'production' }).paymentProvider).toBe('mercadopago');
  });
});
