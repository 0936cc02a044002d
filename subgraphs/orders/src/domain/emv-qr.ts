/**
 * EMV® QR Code merchant-presented payloads (the format behind Pix, Mercado Pago QR and many
 * bank apps): a string of TLV fields — two-digit id, two-digit length, value — ending with a
 * CRC16-CCITT checksum over everything before it, including the checksum's own id and length.
 */

/** CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF) over the UTF-8 bytes of `text`. */
export function crc16Ccitt(text: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** One TLV field; values longer than 99 characters cannot be encoded. */
export function tlv(id: string, value: string): string {
  if (!/^\d{2}$/.test(id)) throw new RangeError(`EMV field id must be two digits, got "${id}"`);
  if (value.length > 99) throw new RangeError(`EMV field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** ISO 4217 numeric codes and minor-unit digits of the currencies restaurants commonly use. */
const CURRENCIES: Record<string, { numeric: string; digits: number }> = {
  ARS: { numeric: '032', digits: 2 },
  AUD: { numeric: '036', digits: 2 },
  BRL: { numeric: '986', digits: 2 },
  CAD: { numeric: '124', digits: 2 },
  CHF: { numeric: '756', digits: 2 },
  CLP: { numeric: '152', digits: 0 },
  COP: { numeric: '170', digits: 2 },
  EUR: { numeric: '978', digits: 2 },
  GBP: { numeric: '826', digits: 2 },
  INR: { numeric: '356', digits: 2 },
  JPY: { numeric: '392', digits: 0 },
  MXN: { numeric: '484', digits: 2 },
  PEN: { numeric: '604', digits: 2 },
  USD: { numeric: '840', digits: 2 },
  UYU: { numeric: '858', digits: 2 },
};

/** "999" is ISO 4217's code for "no currency": an unknown code still yields a valid payload. */
function currencyOf(code: string): { numeric: string; digits: number } {
  return CURRENCIES[code.toUpperCase()] ?? { numeric: '999', digits: 2 };
}

/** EMV names are plain ASCII of bounded length. */
function ascii(value: string, max: number): string {
  const plain = value
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .trim();
  return (plain === '' ? 'FOODGRAPH' : plain).slice(0, max);
}

export interface EmvPaymentRequest {
  /** Globally unique identifier of the payment scheme, e.g. `com.foodgraph.sandbox`. */
  gui: string;
  /** The provider's reference of this payment; the payer's app sends it back when paying. */
  reference: string;
  /** Minor units. */
  amount: number;
  currency: string;
  merchantName: string;
  merchantCity: string;
  /** ISO 3166-1 alpha-2 country of the merchant. */
  countryCode: string;
  /** Merchant category code. @default "5814" (fast-food restaurants) */
  merchantCategory?: string;
}

/** A dynamic (single-use) merchant-presented EMV QR payload with its CRC. */
export function buildEmvPayload(request: EmvPaymentRequest): string {
  const currency = currencyOf(request.currency);
  const amount = (request.amount / 10 ** currency.digits).toFixed(currency.digits);
  const body = [
    tlv('00', '01'), // payload format indicator
    tlv('01', '12'), // point of initiation: dynamic, this payload is for one payment only
    tlv('26', tlv('00', request.gui) + tlv('01', request.reference.slice(0, 77))),
    tlv('52', request.merchantCategory ?? '5814'),
    tlv('53', currency.numeric),
    tlv('54', amount),
    tlv('58', request.countryCode.toUpperCase().slice(0, 2)),
    tlv('59', ascii(request.merchantName, 25)),
    tlv('60', ascii(request.merchantCity, 15)),
    tlv('62', tlv('05', request.reference.slice(0, 25))),
  ].join('');
  const withCrcHeader = `${body}6304`;
  return withCrcHeader + crc16Ccitt(withCrcHeader).toString(16).toUpperCase().padStart(4, '0');
}

/** Splits a payload into its top-level fields; null when it is malformed or its CRC is wrong. */
export function parseEmvPayload(payload: string): Map<string, string> | null {
  if (payload.length < 8 || !payload.slice(-8, -4).startsWith('6304')) return null;
  const expected = crc16Ccitt(payload.slice(0, -4)).toString(16).toUpperCase().padStart(4, '0');
  if (payload.slice(-4).toUpperCase() !== expected) return null;
  const fields = new Map<string, string>();
  let at = 0;
  while (at < payload.length) {
    const id = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || at + 4 + length > payload.length) return null;
    fields.set(id, payload.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}
