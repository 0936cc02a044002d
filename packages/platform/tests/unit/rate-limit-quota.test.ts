import { formatQuota, parseQuota, quota } from '../../src/rate-limit/quota';

describe('rate-limit quotas', () => {
  it('reads <attempts>/<window> and off', () => {
    expect(parseQuota('10/15m')).toEqual({ points: 10, durationSeconds: 900 });
    expect(parseQuota('600/m')).toEqual({ points: 600, durationSeconds: 60 });
    expect(parseQuota(' 5 / 1h ')).toEqual({ points: 5, durationSeconds: 3600 });
    expect(parseQuota('off')).toBeUndefined();
    expect(formatQuota({ points: 10, durationSeconds: 900 })).toBe('10/15m');
  });

  it('refuses anything else with an error naming the variable', () => {
    for (const bad of ['10', '10/15', '0/1m', '10/0s', 'ten/1m', '10/1w']) {
      expect(() => quota({ RATE_LIMIT_X: bad }, 'RATE_LIMIT_X', '1/1m')).toThrow(/RATE_LIMIT_X/);
    }
    expect(quota({}, 'RATE_LIMIT_X', '3/1m')).toEqual({ points: 3, durationSeconds: 60 });
  });
});
