import { buildEmvPayload, crc16Ccitt, parseEmvPayload, tlv } from '../../src/domain/emv-qr';

describe('EMV QR payloads', () => {
  it('computes CRC-16/CCITT-FALSE like the standard check value', () => {
    expect(crc16Ccitt('123456789')).toBe(0x29b1);
    expect(crc16Ccitt('')).toBe(0xffff);
  });

  it('encodes fields as id, two-digit length and value', () => {
    expect(tlv('54', '12.50')).toBe('540512.50');
    expect(() => tlv('5', 'x')).toThrow(RangeError);
    expect(() => tlv('59', 'x'.repeat(100))).toThrow(RangeError);
  });

  const payload = buildEmvPayload({
    gui: 'com.foodgraph.sandbox',
    reference: 'sbx_0123456789abcdef01234567',
    amount: 2750,
    currency: 'EUR',
    merchantName: 'Pizzería Ñapoli — the best pizza in town',
    merchantCity: 'Berlin',
    countryCode: 'de',
  });

  it('builds a dynamic merchant-presented payload ending in a valid CRC', () => {
    expect(payload.startsWith('000201010212')).toBe(true);
    expect(payload).toMatch(/6304[0-9A-F]{4}$/);
    const fields = parseEmvPayload(payload)!;
    expect(fields.get('53')).toBe('978');
    expect(fields.get('54')).toBe('27.50');
    expect(fields.get('58')).toBe('DE');
    expect(fields.get('59')).toBe('Pizzeria Napoli  the best');
    expect(fields.get('60')).toBe('Berlin');
    expect(fields.get('26')).toContain('com.foodgraph.sandbox');
  });

  it('detects a tampered payload through its CRC', () => {
    expect(parseEmvPayload(payload.replace('27.50', '07.50'))).toBeNull();
    expect(parseEmvPayload('not a payload')).toBeNull();
  });

  it('writes zero-decimal currencies without decimals and unknown ones as 999', () => {
    const yen = parseEmvPayload(
      buildEmvPayload({ gui: 'g', reference: 'r', amount: 1500, currency: 'JPY', merchantName: 'A', merchantCity: 'B', countryCode: 'JP' }),
    )!;
    expect(yen.get('54')).toBe('1500');
    const odd = parseEmvPayload(
      buildEmvPayload({ gui: 'g', reference: 'r', amount: 100, currency: 'XTS', merchantName: 'A', merchantCity: 'B', countryCode: 'XX' }),
    )!;
    expect(odd.get('53')).toBe('999');
  });
});
