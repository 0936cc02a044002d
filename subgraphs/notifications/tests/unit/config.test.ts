import { ConfigError } from '@foodgraph/platform/config';
import { DEFAULT_NOTIFICATIONS_CONFIG, readNotificationsConfig } from '../../src/config';

describe('notifications config', () => {
  it('defaults to port 4006 on 127.0.0.1 with e-mail off', () => {
    expect(readNotificationsConfig({})).toEqual(DEFAULT_NOTIFICATIONS_CONFIG);
    expect(DEFAULT_NOTIFICATIONS_CONFIG).toMatchObject({ port: 4006, host: '127.0.0.1', smtpUrl: undefined });
  });

  it('reads the SMTP settings and names a bad variable', () => {
    expect(
      readNotificationsConfig({ SMTP_URL: 'smtp://127.0.0.1:2525', SMTP_FROM: 'x <x@example.com>', EMAIL_POLL_INTERVAL: '200ms' }),
    ).toMatchObject({ smtpUrl: 'smtp://127.0.0.1:2525', smtpFrom: 'x <x@example.com>', emailPollMs: 200 });
    expect(() => readNotificationsConfig({ SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL/);
    expect(() => readNotificationsConfig({ EMAIL_POLL_INTERVAL: '0' })).toThrow(ConfigError);
    expect(() => readNotificationsConfig({ EMAIL_MAX_ATTEMPTS: '0' })).toThrow(/EMAIL_MAX_ATTEMPTS/);
  });
});
