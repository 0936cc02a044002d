import type { Logger } from '@foodgraph/platform/logging';
import { startPeriodicLoop, type Clock, type PeriodicLoop } from '@foodgraph/platform/process';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeliveryChannel } from '../channels/delivery-channel';

/** What the sender of one channel needs. */
export interface ChannelSenderOptions {
  dataSource: DataSource;
  channel: DeliveryChannel;
  clock: Clock;
  logger: Logger;
  /** Pause between passes. */
  intervalMs: number;
  /** Attempts before a delivery is given up as FAILED. */
  maxAttempts: number;
}

/** A queued delivery as one pass claims it. */
interface DueDelivery {
  notificationId: string;
  attempts: number;
  title: string;
  body: string;
  /** Whether users' event about the recipient has arrived; false → try again later. */
  known: boolean;
  email: string | null;
}

/** Delays before the next attempt, by attempts made so far; the last one repeats. */
const RETRY_DELAYS_MS = [5_000, 30_000, 120_000, 600_000];

/**
 * Sends one channel's queued copies of notifications, oldest first. Each delivery is claimed
 * with `FOR UPDATE SKIP LOCKED` inside its own transaction, so replicas share the queue and a
 * replica dying mid-send leaves the row to be sent again (at-least-once: SMTP has no way to
 * make a send and a commit one step). A recipient without an address is SKIPPED.
 */
export function startChannelSender(options: ChannelSenderOptions): PeriodicLoop {
  const { dataSource, channel, logger } = options;
  return startPeriodicLoop({
    what: `${channel.name}-sender`,
    logger: logger.child({ component: `${channel.name}-sender` }),
    intervalMs: options.intervalMs,
    pass: async (signal) => {
      while (!signal.aborted && (await dataSource.transaction((manager) => sendOne(manager, options)))) {
        // One delivery per transaction, until none is due.
      }
    },
  });
}

/** Claims and handles one due delivery; false when none is due. */
async function sendOne(manager: EntityManager, options: ChannelSenderOptions): Promise<boolean> {
  const { channel, clock } = options;
  const now = clock();
  const [due] = await manager.query<DueDelivery[]>(
    `SELECT d.notification_id AS "notificationId", d.attempts, n.title, n.body,
            (r.user_id IS NOT NULL) AS known, r.email
       FROM channel_deliveries d
       JOIN notifications n ON n.id = d.notification_id
       LEFT JOIN recipients r ON r.user_id = n.recipient_id
      WHERE d.channel = $1 AND d.status = 'PENDING' AND d.next_attempt_at <= $2
      ORDER BY d.next_attempt_at, d.notification_id
      LIMIT 1
      FOR UPDATE OF d SKIP LOCKED`,
    [channel.name, now],
  );
  if (!due) return false;

  const address = due.known ? channel.addressOf({ email: due.email }) : null;
  if (due.known && address === null) {
    await settle(manager, channel.name, due.notificationId, { status: 'SKIPPED', attempts: due.attempts, error: null, at: now });
    return true;
  }
  try {
    if (address === null) throw new Error('the recipient is not known yet (no users.user.registered event seen)');
    await channel.send({ to: address, subject: due.title, text: due.body });
    await settle(manager, channel.name, due.notificationId, { status: 'SENT', attempts: due.attempts + 1, error: null, at: now });
  } catch (err) {
    const attempts = due.attempts + 1;
    const error = err instanceof Error ? err.message : String(err);
    const gaveUp = attempts >= options.maxAttempts;
    options.logger.warn({ channel: channel.name, notificationId: due.notificationId, attempts, gaveUp, error }, 'channel delivery failed');
    const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1];
    await settle(manager, channel.name, due.notificationId, {
      status: gaveUp ? 'FAILED' : 'PENDING',
      attempts,
      error,
      at: now,
      retryAt: new Date(now.getTime() + delay),
    });
  }
  return true;
}

async function settle(
  manager: EntityManager,
  channel: string,
  notificationId: string,
  outcome: { status: 'PENDING' | 'SENT' | 'SKIPPED' | 'FAILED'; attempts: number; error: string | null; at: Date; retryAt?: Date },
): Promise<void> {
  await manager.query(
    `UPDATE channel_deliveries
        SET status = $3, attempts = $4, last_error = $5, next_attempt_at = COALESCE($6, next_attempt_at), sent_at = $7
      WHERE notification_id = $1 AND channel = $2`,
    [
      notificationId,
      channel,
      outcome.status,
      outcome.attempts,
      outcome.error,
      outcome.retryAt ?? null,
      outcome.status === 'SENT' ? outcome.at : null,
    ],
  );
}
