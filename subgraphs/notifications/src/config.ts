import { ConfigError, duration, int, optionalStr, str, type Env } from '@foodgraph/platform/config';

/** Settings of the notifications subgraph on top of the common ones (see `.env.example`). */
export interface NotificationsConfig {
  /** HTTP port of the process entry point (`PORT`). @default 4006 */
  port: number;
  /** Interface to listen on (`HOST`; containers set 0.0.0.0). @default "127.0.0.1" */
  host: string;
  /** How often the outbox relay looks for events nobody nudged it about (`OUTBOX_POLL_INTERVAL`). @default 250 ms */
  outboxPollMs: number;
  /**
   * SMTP server of the e-mail channel (`SMTP_URL`, e.g. `smtp://user:pass@mail.example.com:587`
   * or `smtps://…`). @default undefined: no e-mail is sent, the inbox alone holds notifications
   */
  smtpUrl: string | undefined;
  /** Sender of the e-mails (`SMTP_FROM`). @default "foodgraph <no-reply@foodgraph.local>" */
  smtpFrom: string;
  /** How often the e-mail sender looks for notifications still to send (`EMAIL_POLL_INTERVAL`). @default 1 s */
  emailPollMs: number;
  /** Attempts at one e-mail before it is given up as FAILED (`EMAIL_MAX_ATTEMPTS`). @default 5 */
  emailMaxAttempts: number;
}

export const DEFAULT_NOTIFICATIONS_CONFIG: NotificationsConfig = {
  port: 4006,
  host: '127.0.0.1',
  outboxPollMs: 250,
  smtpUrl: undefined,
  smtpFrom: 'foodgraph <no-reply@foodgraph.local>',
  emailPollMs: 1000,
  emailMaxAttempts: 5,
};

/** Reads and checks the notifications settings; fails fast naming the variable. */
export function readNotificationsConfig(env: Env): NotificationsConfig {
  const d = DEFAULT_NOTIFICATIONS_CONFIG;
  const outboxPollMs = duration(env, 'OUTBOX_POLL_INTERVAL', d.outboxPollMs);
  if (outboxPollMs < 1) throw new ConfigError('OUTBOX_POLL_INTERVAL', 'must be longer than 0');
  const emailPollMs = duration(env, 'EMAIL_POLL_INTERVAL', d.emailPollMs);
  if (emailPollMs < 1) throw new ConfigError('EMAIL_POLL_INTERVAL', 'must be longer than 0');
  const smtpUrl = optionalStr(env, 'SMTP_URL');
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL', 'must be an smtp:// or smtps:// URL, e.g. smtp://127.0.0.1:2525');
  }
  return {
    port: int(env, 'PORT', d.port, { min: 0, max: 65_535 }),
    host: str(env, 'HOST', d.host),
    outboxPollMs,
    smtpUrl,
    smtpFrom: str(env, 'SMTP_FROM', d.smtpFrom),
    emailPollMs,
    emailMaxAttempts: int(env, 'EMAIL_MAX_ATTEMPTS', d.emailMaxAttempts, { min: 1, max: 100 }),
  };
}
