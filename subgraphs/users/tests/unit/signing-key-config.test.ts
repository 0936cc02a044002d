import { readUsersConfig } from '../../src/config';

describe('SIGNING_KEY_ROTATION_INTERVAL and SIGNING_KEY_RELOAD', () => {
  it('rotates only on demand unless an interval is set', () => {
    expect(readUsersConfig({}).signingKeyRotationIntervalMs).toBeUndefined();
    expect(readUsersConfig({ SIGNING_KEY_ROTATION_INTERVAL: '0' }).signingKeyRotationIntervalMs).toBeUndefined();
    expect(readUsersConfig({ SIGNING_KEY_ROTATION_INTERVAL: '7d' }).signingKeyRotationIntervalMs).toBe(7 * 86_400_000);
    expect(readUsersConfig({ SIGNING_KEY_RELOAD: '2s' }).signingKeyReloadMs).toBe(2_000);
  });

  it('refuses an interval shorter than a token’s life, or a key given by JWT_PRIVATE_KEY to rotate', () => {
    expect(() => readUsersConfig({ SIGNING_KEY_ROTATION_INTERVAL: '5m' })).toThrow(
      /SIGNING_KEY_ROTATION_INTERVAL must be at least ACCESS_TOKEN_TTL/,
    );
    const pem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----';
    expect(() => readUsersConfig({ SIGNING_KEY_ROTATION_INTERVAL: '1d', JWT_PRIVATE_KEY: pem })).toThrow(/JWT_PRIVATE_KEY/);
  });
});
