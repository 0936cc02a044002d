import { ConfigError, bool, duration, int, readCommonConfig } from '../../src/config';

const secret = { ROUTER_SIGNING_SECRET: 's'.repeat(32) };

describe('config', () => {
  it('reads defaults and fails fast naming the variable', () => {
    expect(readCommonConfig(secret)).toMatchObject({ namespace: 'foodgraph', databaseUrl: undefined, embedded: false });
    expect(() => readCommonConfig({})).toThrow(/ROUTER_SIGNING_SECRET/);
    expect(() => readCommonConfig({ ...secret, FOODGRAPH_NAMESPACE: 'Bad-Name' })).toThrow(/FOODGRAPH_NAMESPACE/);
    expect(() => readCommonConfig({ ...secret, DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('parses integers, booleans and durations strictly', () => {
    expect(int({ P: '42' }, 'P', 1)).toBe(42);
    expect(() => int({ P: '4x' }, 'P', 1)).toThrow(ConfigError);
    expect(() => int({ P: '70000' }, 'P', 1, { max: 65535 })).toThrow(/between/);
    expect(bool({ B: 'yes' }, 'B', false)).toBe(true);
    expect(() => bool({ B: 'maybe' }, 'B', false)).toThrow(/B must be true or false/);
    expect(duration({ D: '10m' }, 'D', 0)).toBe(600_000);
    expect(duration({ D: '250' }, 'D', 0)).toBe(250);
    expect(() => duration({ D: 'soon' }, 'D', 0)).toThrow(/D must be a duration/);
  });
});
