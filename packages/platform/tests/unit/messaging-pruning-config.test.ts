import { ConfigError, duration } from '../../src/config';
import { DEFAULT_MESSAGING_PRUNING, readMessagingPruningConfig } from '../../src/messaging/messaging-pruning-config';
import { DUPLICATE_WINDOW_MS } from '../../src/messaging/nats-streams';
import { MIN_INBOX_RETENTION_MS, REDELIVERY_HORIZON_MS, REDELIVERY_SPAN_MS } from '../../src/messaging/redelivery-horizon';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const configErrorOf = (env: Record<string, string>): ConfigError => {
  try {
    readMessagingPruningConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('the messaging pruning config', () => {
  it('prunes by default: every 10 minutes, outbox rows after a day, inbox rows after a week, 1000 rows a batch', () => {
    expect(readMessagingPruningConfig({})).toEqual({
      intervalMs: 600_000,
      outboxRetentionMs: DAY,
      inboxRetentionMs: 7 * DAY,
      batchSize: 1000,
    });
    expect(readMessagingPruningConfig({})).toEqual(DEFAULT_MESSAGING_PRUNING);
  });

  it('reads every variable, durations in days too', () => {
    expect(
      readMessagingPruningConfig({
        MESSAGING_PRUNE_INTERVAL: '1h',
        OUTBOX_RETENTION: '3d',
        INBOX_RETENTION: '30d',
        MESSAGING_PRUNE_BATCH_SIZE: '500',
      }),
    ).toEqual({ intervalMs: HOUR, outboxRetentionMs: 3 * DAY, inboxRetentionMs: 30 * DAY, batchSize: 500 });
    expect(duration({ D: '2d' }, 'D', 0)).toBe(2 * DAY);
  });

  it('turns pruning off with an interval of 0', () => {
    expect(readMessagingPruningConfig({ MESSAGING_PRUNE_INTERVAL: '0' }).intervalMs).toBe(0);
  });

  it('names the variable of a value it cannot use', () => {
    expect(configErrorOf({ INBOX_RETENTION: '30m' })).toMatchObject({ variable: 'INBOX_RETENTION' });
    expect(configErrorOf({ INBOX_RETENTION: '30m' }).message).toBe(
      'Invalid configuration: INBOX_RETENTION must be at least 60m: an inbox row must outlive every redelivery of its event, got "30m"',
    );
    expect(configErrorOf({ OUTBOX_RETENTION: '0' })).toMatchObject({ variable: 'OUTBOX_RETENTION' });
    expect(configErrorOf({ OUTBOX_RETENTION: 'a week' })).toMatchObject({ variable: 'OUTBOX_RETENTION' });
    expect(configErrorOf({ MESSAGING_PRUNE_INTERVAL: '2d' })).toMatchObject({ variable: 'MESSAGING_PRUNE_INTERVAL' });
    expect(configErrorOf({ MESSAGING_PRUNE_BATCH_SIZE: '0' })).toMatchObject({ variable: 'MESSAGING_PRUNE_BATCH_SIZE' });
    expect(configErrorOf({ MESSAGING_PRUNE_BATCH_SIZE: '100000' })).toMatchObject({ variable: 'MESSAGING_PRUNE_BATCH_SIZE' });
  });

  it('keeps the inbox floor well past what the bus redelivers on its own timers', () => {
    // 5 deliveries × 5 s ack wait + 0.2 + 1 + 5 + 15 s of backoff, after a 2-minute duplicate window:
    // the figures redelivery-horizon.ts explains. A change to a bus default lands here first.
    expect(REDELIVERY_SPAN_MS).toBe(46_200);
    expect(REDELIVERY_HORIZON_MS).toBe(DUPLICATE_WINDOW_MS + 46_200);
    expect(MIN_INBOX_RETENTION_MS).toBe(HOUR);
    expect(MIN_INBOX_RETENTION_MS).toBeGreaterThanOrEqual(10 * REDELIVERY_HORIZON_MS);
    expect(DEFAULT_MESSAGING_PRUNING.inboxRetentionMs).toBeGreaterThan(100 * REDELIVERY_HORIZON_MS);
  });
});
