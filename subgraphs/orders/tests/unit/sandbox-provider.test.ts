import { createSandboxProvider } from '../../src/payments/sandbox-provider';
import { SANDBOX_SIGNATURE_HEADER, signSandboxWebhook, verifySandboxSignature } from '../../src/payments/sandbox-webhook-signature';
import { parseEmvPayload } from '../../src/domain/emv-qr';

const SECRET = 'a sandbox secret for the tests';
const NOW = new Date('2026-11-23T12:00:00Z');
const body = (extra: Record<string, unknown> = {}) =>
  Buffer.from(
    JSON.stringify({
      id: 'evt_1',
      type: 'payment.paid',
      reference: 'sbx_abc',
      amount: 2750,
      currency: 'EUR',
      occurredAt: NOW.toISOString(),
      ...extra,
    }),
  );

describe('sandbox webhook signatures', () => {
  it('accepts its own signature within the window', () => {
    const raw = body();
    expect(verifySandboxSignature(SECRET, signSandboxWebhook(SECRET, raw, NOW), raw, new Date(NOW.getTime() + 60_000), 300_000)).toEqual({
      ok: true,
    });
  });

  it('refuses a changed body, another secret, a missing or malformed header', () => {
    const raw = body();
    const header = signSandboxWebhook(SECRET, raw, NOW);
    expect(verifySandboxSignature(SECRET, header, body({ amount: 1 }), NOW, 300_000).ok).toBe(false);
    expect(verifySandboxSignature('another secret entirely', header, raw, NOW, 300_000).ok).toBe(false);
    expect(verifySandboxSignature(SECRET, undefined, raw, NOW, 300_000).ok).toBe(false);
    expect(verifySandboxSignature(SECRET, 't=abc,v1=zz', raw, NOW, 300_000).ok).toBe(false);
  });

  it('refuses a replay outside the timestamp window, either way', () => {
    const raw = body();
    const header = signSandboxWebhook(SECRET, raw, NOW);
    expect(verifySandboxSignature(SECRET, header, raw, new Date(NOW.getTime() + 301_000), 300_000)).toEqual({
      ok: false,
      reason: expect.stringContaining('window'),
    });
    expect(verifySandboxSignature(SECRET, header, raw, new Date(NOW.getTime() - 301_000), 300_000).ok).toBe(false);
  });
});

describe('sandbox provider', () => {
  const provider = createSandboxProvider({ webhookSecret: SECRET });
  const request = {
    idempotencyKey: 'order-1:1',
    orderId: 'order-1',
    orderNumber: '001',
    amount: 2750,
    currency: 'EUR',
    merchantName: 'Pizzeria',
    merchantCity: 'Berlin',
    expiresAt: NOW,
  };

  it('returns the same payment for the same idempotency key and a QR naming it', async () => {
    const first = await provider.createPayment(request);
    expect(await provider.createPayment(request)).toEqual(first);
    expect(await provider.createPayment({ ...request, idempotencyKey: 'order-1:2' })).not.toEqual(first);
    expect(parseEmvPayload(first.qrPayload)?.get('62')).toContain(first.providerReference.slice(0, 21));
  });

  it('refunds once per idempotency key', async () => {
    const a = await provider.refund({ idempotencyKey: 'refund:1', providerReference: 'sbx_1', amount: 1, currency: 'EUR', reason: 'x' });
    expect(
      await provider.refund({ idempotencyKey: 'refund:1', providerReference: 'sbx_1', amount: 1, currency: 'EUR', reason: 'x' }),
    ).toEqual(a);
  });

  it('reads a signed webhook into a notification', async () => {
    const raw = body();
    const verdict = await provider.verifyWebhook({
      headers: { [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(SECRET, raw, NOW) },
      body: raw,
      receivedAt: NOW,
    });
    expect(verdict).toEqual({
      ok: true,
      notification: { eventId: 'evt_1', providerReference: 'sbx_abc', outcome: 'PAID', amount: 2750, currency: 'EUR', occurredAt: NOW },
    });
  });

  it('answers 401 for a bad signature and 400 for a signed but malformed body', async () => {
    const raw = body();
    expect(
      await provider.verifyWebhook({
        headers: { [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook('wrong secret value', raw, NOW) },
        body: raw,
        receivedAt: NOW,
      }),
    ).toMatchObject({ ok: false, status: 401 });
    const bad = Buffer.from('{"id":"x"}');
    expect(
      await provider.verifyWebhook({
        headers: { [SANDBOX_SIGNATURE_HEADER]: signSandboxWebhook(SECRET, bad, NOW) },
        body: bad,
        receivedAt: NOW,
      }),
    ).toMatchObject({ ok: false, status: 400 });
  });
});
