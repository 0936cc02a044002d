import { ConfigError, duration, int, str, type Env } from '@foodgraph/platform/config';

/** Settings of the feedback subgraph on top of the common ones (see `.env.example`). */
export interface FeedbackConfig {
  /** HTTP port of the process entry point (`PORT`). @default 4005 */
  port: number;
  /** Interface to listen on (`HOST`; containers set 0.0.0.0). @default "127.0.0.1" */
  host: string;
  /** How often the outbox relay looks for events nobody nudged it about (`OUTBOX_POLL_INTERVAL`). @default 250 ms */
  outboxPollMs: number;
}

export const DEFAULT_FEEDBACK_CONFIG: FeedbackConfig = {
  port: 4005,
  host: '127.0.0.1',
  outboxPollMs: 250,
};

/** Reads and checks the feedback settings; fails fast naming the variable. */
export function readFeedbackConfig(env: Env): FeedbackConfig {
  const d = DEFAULT_FEEDBACK_CONFIG;
  const outboxPollMs = duration(env, 'OUTBOX_POLL_INTERVAL', d.outboxPollMs);
  if (outboxPollMs < 1) throw new ConfigError('OUTBOX_POLL_INTERVAL', 'must be longer than 0');
  return {
    port: int(env, 'PORT', d.port, { min: 0, max: 65_535 }),
    host: str(env, 'HOST', d.host),
    outboxPollMs,
  };
}
