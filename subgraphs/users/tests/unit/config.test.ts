import { ConfigError } from '@foodgraph/platform/config';
import { readUsersConfig } from '../../src/config';

describe('users config', () => {
  it('has documented defaults', () => {
    expect(readUsersConfig({})).toEqual({
      port: 4001,
      host: '127.0.0.1',
      issuer: 'foodgraph-users',
      audience: 'foodgraph',
      accessTokenTtlMs: 15 * 60_000,
      refreshTokenTtlMs: 30 * 24 * 3_600_000,
      kioskSessionTtlMs: 15 * 60_000,
      jwtPrivateKeyPem: undefined,
      signingKeyRotationIntervalMs: undefined,
      signingKeyReloadMs: 10_000,
      bootstrapAdmin: undefined,
      rateLimits: {
        loginPerAccount: { points: 10, durationSeconds: 15 * 60 },
        loginPerAddress: { points: 100, durationSeconds: 15 * 60 },
        registerPerAddress: { points: 20, durationSeconds: 3600 },
        guestPerAddress: { points: 60, durationSeconds: 3600 },
        identifyPerAddress: { points: 10, durationSeconds: 15 * 60 },
      },
    });
  });

  it('keeps a kiosk session at most 15 minutes (KIOSK_SESSION_TTL)', () => {
    expect(readUsersConfig({ KIOSK_SESSION_TTL: '5m' }).kioskSessionTtlMs).toBe(5 * 60_000);
    expect(() => readUsersConfig({ KIOSK_SESSION_TTL: '16m' })).toThrow(/KIOSK_SESSION_TTL/);
  });

  it('reads rate-limit quotas, off, and names a bad one', () => {
    const config = readUsersConfig({ RATE_LIMIT_LOGIN_PER_ACCOUNT: '3/1m', RATE_LIMIT_GUEST_PER_ADDRESS: 'off' });
    expect(config.rateLimits.loginPerAccount).toEqual({ points: 3, durationSeconds: 60 });
    expect(config.rateLimits.guestPerAddress).toBeUndefined();
    expect(() => readUsersConfig({ RATE_LIMIT_REGISTER_PER_ADDRESS: '20 per hour' })).toThrow(/RATE_LIMIT_REGISTER_PER_ADDRESS/);
  });

  it('reads token lifetimes as durations', () => {
    const config = readUsersConfig({ ACCESS_TOKEN_TTL: '5m', REFRESH_TOKEN_TTL: '48h' });
    expect(config.accessTokenTtlMs).toBe(300_000);
    expect(config.refreshTokenTtlMs).toBe(48 * 3_600_000);
  });

  it('normalizes the bootstrap admin email', () => {
    const config = readUsersConfig({ FOODGRAPH_ADMIN_EMAIL: 'Root@Example.com', FOODGRAPH_ADMIN_PASSWORD: 'long enough password' });
    expect(config.bootstrapAdmin).toEqual({ email: 'root@example.com', password: 'long enough password', name: 'Administrator' });
  });

  it('names the variable when the bootstrap admin is half configured or weak', () => {
    expect(() => readUsersConfig({ FOODGRAPH_ADMIN_EMAIL: 'root@example.com' })).toThrow(/FOODGRAPH_ADMIN_PASSWORD/);
    expect(() => readUsersConfig({ FOODGRAPH_ADMIN_PASSWORD: 'long enough password' })).toThrow(/FOODGRAPH_ADMIN_EMAIL/);
    expect(() => readUsersConfig({ FOODGRAPH_ADMIN_EMAIL: 'root@example.com', FOODGRAPH_ADMIN_PASSWORD: 'short' })).toThrow(ConfigError);
  });

  it('refuses a refresh lifetime not longer than the access lifetime', () => {
    expect(() => readUsersConfig({ ACCESS_TOKEN_TTL: '1h', REFRESH_TOKEN_TTL: '30m' })).toThrow(/REFRESH_TOKEN_TTL/);
  });

  it('refuses a JWT_PRIVATE_KEY that is not PKCS#8 PEM', () => {
    expect(() => readUsersConfig({ JWT_PRIVATE_KEY: 'secret' })).toThrow(/JWT_PRIVATE_KEY/);
  });
});
