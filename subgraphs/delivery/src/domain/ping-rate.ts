/** A courier's allowance of location pings (a token bucket kept on the courier row). */
export interface PingBucket {
  /** Pings that may be sent right now (fractional while refilling). */
  tokens: number;
  /** When `tokens` was last computed; null for a courier who never pinged. */
  at: Date | null;
}

export interface PingRate {
  /** Sustained pings per second. */
  perSecond: number;
  /** Pings that may arrive back to back after a quiet spell. */
  burst: number;
}

/**
 * Takes one ping from the bucket: refills at `perSecond` since the last ping (up to `burst`),
 * then spends one if there is one. Returns whether the ping is allowed and the new bucket,
 * which the caller stores either way (a refused ping leaves the tokens as refilled).
 */
export function takePing(bucket: PingBucket, now: Date, rate: PingRate): { allowed: boolean; bucket: PingBucket } {
  const elapsedSeconds = bucket.at ? Math.max(0, (now.getTime() - bucket.at.getTime()) / 1000) : Number.POSITIVE_INFINITY;
  const refilled = Math.min(rate.burst, bucket.tokens + elapsedSeconds * rate.perSecond);
  if (refilled < 1) return { allowed: false, bucket: { tokens: refilled, at: now } };
  return { allowed: true, bucket: { tokens: refilled - 1, at: now } };
}
