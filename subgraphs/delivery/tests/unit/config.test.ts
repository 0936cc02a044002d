import { ConfigError } from '@foodgraph/platform/config';
import { DEFAULT_DELIVERY_CONFIG, readDeliveryConfig } from '../../src/config';
import { parsePeakWindows } from '../../src/domain/earnings-policy';

describe('delivery config', () => {
  it('defaults to port 4004 and a 60 second offer timeout', () => {
    expect(readDeliveryConfig({})).toEqual(DEFAULT_DELIVERY_CONFIG);
    expect(DEFAULT_DELIVERY_CONFIG).toMatchObject({ port: 4004, offerTimeoutMs: 60_000 });
  });

  it('reads the offer timeout and pay settings and names a bad variable', () => {
    const config = readDeliveryConfig({
      OFFER_TIMEOUT: '30s',
      BASE_PAY: '250',
      PEAK_HOURS: '12:00-13:30',
      EARNINGS_TIME_ZONE: 'Europe/Berlin',
      STREAK_LENGTH: '3',
    });
    expect(config.offerTimeoutMs).toBe(30_000);
    // Without REOFFER_COOLDOWN the cool-down follows the offer timeout.
    expect(config.reofferCooldownMs).toBe(60_000);
    expect(readDeliveryConfig({ OFFER_TIMEOUT: '30s', REOFFER_COOLDOWN: '5m' }).reofferCooldownMs).toBe(300_000);
    expect(DEFAULT_DELIVERY_CONFIG.reofferCooldownMs).toBe(120_000);
    expect(() => readDeliveryConfig({ REOFFER_COOLDOWN: 'later' })).toThrow(/REOFFER_COOLDOWN/);
    expect(config.earnings).toMatchObject({
      basePay: 250,
      peak: { windows: [{ start: 720, end: 810 }], timeZone: 'Europe/Berlin' },
      streak: { length: 3 },
    });
    expect(() => readDeliveryConfig({ OFFER_TIMEOUT: 'soon' })).toThrow(/OFFER_TIMEOUT/);
    expect(() => readDeliveryConfig({ OFFER_TIMEOUT: '0' })).toThrow(ConfigError);
    expect(() => readDeliveryConfig({ PEAK_HOURS: 'lunch' })).toThrow(/PEAK_HOURS/);
    expect(() => readDeliveryConfig({ EARNINGS_TIME_ZONE: 'Mars/Olympus' })).toThrow(/EARNINGS_TIME_ZONE/);
    expect(() => readDeliveryConfig({ EARNINGS_CURRENCY: 'euro' })).toThrow(/EARNINGS_CURRENCY/);
    expect(() => readDeliveryConfig({ HIGH_RATING_MIN: '6' })).toThrow(/HIGH_RATING_MIN/);
  });

  it('parses peak windows and refuses backwards or malformed ones', () => {
    expect(parsePeakWindows('')).toEqual([]);
    expect(parsePeakWindows('11:30-14:00, 18:00-24:00')).toEqual([
      { start: 690, end: 840 },
      { start: 1080, end: 1440 },
    ]);
    expect(parsePeakWindows('14:00-11:30')).toBeNull();
    expect(parsePeakWindows('11:60-12:00')).toBeNull();
  });
});
