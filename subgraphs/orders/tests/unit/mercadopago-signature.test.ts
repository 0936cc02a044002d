import { createHmac } from 'node:crypto';
import { mercadoPagoManifest, verifyMercadoPagoSignature } from '../../src/payments/mercadopago-signature';

const SECRET = 'mercadopago-webhook-secret-for-tests';
/** The HMAC computed here by hand, so the test does not trust the module's own signing. */
const v1 = (manifest: string, secret = SECRET) => createHmac('sha256', secret).update(manifest).digest('hex');

describe("Mercado Pago's webhook signature", () => {
  it('builds the documented manifest, trailing semicolon included, leaving out what did not arrive', () => {
    expect(mercadoPagoManifest({ dataId: '123456', requestId: 'req-1', ts: '1704908010' })).toBe(
      'id:123456;request-id:req-1;ts:1704908010;',
    );
    expect(mercadoPagoManifest({ dataId: undefined, requestId: 'req-1', ts: '1' })).toBe('request-id:req-1;ts:1;');
    expect(mercadoPagoManifest({ dataId: '42', requestId: undefined, ts: '1' })).toBe('id:42;ts:1;');
    // An alphanumeric data.id is signed in lower case.
    expect(mercadoPagoManifest({ dataId: 'ORD01ABC', requestId: 'r', ts: '1' })).toBe('id:ord01abc;request-id:r;ts:1;');
  });

  it('accepts a header signed over id, request id and ts with the secret', () => {
    const header = `ts=1704908010,v1=${v1('id:123456;request-id:req-1;ts:1704908010;')}`;
    expect(verifyMercadoPagoSignature(SECRET, header, '123456', 'req-1')).toEqual({ ok: true });
    // Spaces after the comma, as some proxies rewrite it.
    expect(verifyMercadoPagoSignature(SECRET, header.replace(',', ', '), '123456', 'req-1')).toEqual({ ok: true });
  });

  it('refuses another secret, another data.id, another request id or another ts', () => {
    const header = `ts=1704908010,v1=${v1('id:123456;request-id:req-1;ts:1704908010;')}`;
    expect(verifyMercadoPagoSignature('another secret entirely', header, '123456', 'req-1')).toEqual({
      ok: false,
      reason: 'bad x-signature',
    });
    expect(verifyMercadoPagoSignature(SECRET, header, '123457', 'req-1').ok).toBe(false);
    expect(verifyMercadoPagoSignature(SECRET, header, '123456', 'req-2').ok).toBe(false);
    expect(verifyMercadoPagoSignature(SECRET, header.replace('ts=1704908010', 'ts=1704908011'), '123456', 'req-1').ok).toBe(false);
  });

  it('refuses a missing or malformed header', () => {
    expect(verifyMercadoPagoSignature(SECRET, undefined, '1', 'r')).toEqual({ ok: false, reason: 'missing x-signature' });
    expect(verifyMercadoPagoSignature(SECRET, 'v1=abc', '1', 'r')).toEqual({ ok: false, reason: 'malformed x-signature' });
    expect(verifyMercadoPagoSignature(SECRET, 'ts=1,v1=zz', '1', 'r')).toEqual({ ok: false, reason: 'malformed x-signature' });
    expect(verifyMercadoPagoSignature(SECRET, `ts=abc,v1=${v1('ts:abc;')}`, undefined, undefined).ok).toBe(false);
  });
});
