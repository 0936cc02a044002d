import type { Logger } from '@foodgraph/platform/logging';
import { startPeriodicLoop, type Clock, type PeriodicLoop } from '@foodgraph/platform/process';
import type { StoredSigningKeys } from '../auth/signing-keys';

export interface SigningKeyWorkerOptions {
  keys: StoredSigningKeys;
  clock: Clock;
  logger: Logger;
  /** How often the keys are re-read (and the schedule looked at). */
  reloadMs: number;
  /** Rotate when the signing key has signed this long; `undefined` = never by schedule. */
  rotationIntervalMs: number | undefined;
}

/**
 * Keeps a replica's signing keys in step with the database: re-reads them every `reloadMs`, so
 * it signs with the key another replica (or an admin) rotated to, and drops expired keys from
 * its JWKS; with a schedule, rotates once the signing key is `rotationIntervalMs` old. Replicas
 * share the schedule: the rotation re-checks the key's age under its lock, so only one rotates.
 */
export function startSigningKeyWorker(options: SigningKeyWorkerOptions): PeriodicLoop {
  const { keys, clock, rotationIntervalMs } = options;
  const logger = options.logger.child({ component: 'signing-keys' });
  return startPeriodicLoop({
    what: 'signing-keys',
    logger,
    intervalMs: options.reloadMs,
    firstDelayMs: options.reloadMs,
    async pass() {
      const now = clock();
      if (rotationIntervalMs !== undefined) {
        const due = new Date(now.getTime() - rotationIntervalMs);
        if ((await keys.activeSince()) <= due) {
          const rotated = await keys.rotate(now, due);
          if (rotated) logger.info({ kid: rotated.kid, previousKid: rotated.previousKid }, 'rotated the token signing key on schedule');
        }
      }
      await keys.reload(now);
    },
  });
}
