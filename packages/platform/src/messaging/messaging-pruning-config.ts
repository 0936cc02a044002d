import { ConfigError, duration, int, type Env } from '../config';
import { DEFAULT_MESSAGING_RETENTION, type MessagingRetention } from './messaging-pruner';
import { MIN_INBOX_RETENTION_MS } from './redelivery-horizon';

/** How a subgraph process prunes its outbox and inbox tables (see `.env.example`). */
export interface MessagingPruningConfig extends MessagingRetention {
  /** How often (`MESSAGING_PRUNE_INTERVAL`); 0 turns pruning off. @default 10 minutes */
  intervalMs: number;
}

export const DEFAULT_MESSAGING_PRUNING: Readonly<MessagingPruningConfig> = { ...DEFAULT_MESSAGING_RETENTION, intervalMs: 600_000 };

/**
 * Reads `MESSAGING_PRUNE_INTERVAL`, `OUTBOX_RETENTION`, `INBOX_RETENTION` and
 * `MESSAGING_PRUNE_BATCH_SIZE`; fails fast naming the variable.
 */
export function readMessagingPruningConfig(env: Env): MessagingPruningConfig {
  const d = DEFAULT_MESSAGING_PRUNING;
  const outboxRetentionMs = duration(env, 'OUTBOX_RETENTION', d.outboxRetentionMs);
  if (outboxRetentionMs < 1) throw new ConfigError('OUTBOX_RETENTION', 'must be longer than 0');
  const inboxRetentionMs = duration(env, 'INBOX_RETENTION', d.inboxRetentionMs);
  if (inboxRetentionMs < MIN_INBOX_RETENTION_MS) {
    throw new ConfigError(
      'INBOX_RETENTION',
      `must be at least ${MIN_INBOX_RETENTION_MS / 60_000}m: an inbox row must outlive every redelivery of its event, got "${env['INBOX_RETENTION']?.trim()}"`,
    );
  }
  const intervalMs = duration(env, 'MESSAGING_PRUNE_INTERVAL', d.intervalMs);
  // Node's timers overflow past ~24.8 days and would fire at once instead.
  if (intervalMs > 86_400_000) throw new ConfigError('MESSAGING_PRUNE_INTERVAL', 'must be at most 1d (0 turns pruning off)');
  return {
    intervalMs,
    outboxRetentionMs,
    inboxRetentionMs,
    batchSize: int(env, 'MESSAGING_PRUNE_BATCH_SIZE', d.batchSize, { min: 1, max: 10_000 }),
  };
}
