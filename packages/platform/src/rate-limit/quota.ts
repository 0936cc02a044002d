import { ConfigError, type Env } from '../config';

/** How many attempts a key may make per window. */
export interface Quota {
  /** Attempts allowed per window (at least 1). */
  readonly points: number;
  /** The window, in whole seconds (at least 1). */
  readonly durationSeconds: number;
}

const UNIT_SECONDS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;
const QUOTA_RE = /^(\d+)\s*\/\s*(\d*)(s|m|h|d)$/;

/**
 * Parses `<attempts>/<window>`: `10/15m` is ten per fifteen minutes, `600/1m` (or `600/m`) six
 * hundred a minute; units `s`, `m`, `h`, `d`. `off` switches the limit off (`undefined`).
 * Returns a reason string for anything else.
 */
export function parseQuota(text: string): Quota | undefined | { problem: string } {
  const v = text.trim().toLowerCase();
  if (v === 'off') return undefined;
  const m = QUOTA_RE.exec(v);
  if (!m) return { problem: `must be "<attempts>/<window>" like 10/15m (units s, m, h, d) or "off", got "${text}"` };
  const points = Number(m[1]);
  const durationSeconds = (m[2] === '' ? 1 : Number(m[2])) * UNIT_SECONDS[m[3] as keyof typeof UNIT_SECONDS];
  if (!Number.isSafeInteger(points) || points < 1 || points > 1_000_000_000)
    return { problem: `must allow between 1 and 1000000000 attempts, got "${text}"` };
  if (durationSeconds < 1 || durationSeconds > 366 * UNIT_SECONDS.d)
    return { problem: `must have a window between 1s and 366d, got "${text}"` };
  return { points, durationSeconds };
}

/**
 * A rate-limit quota variable (`RATE_LIMIT_LOGIN_PER_ACCOUNT=10/15m`), `off` → `undefined`.
 * Throws `ConfigError` naming the variable for anything else that is not a quota.
 */
export function quota(env: Env, name: string, fallback: string): Quota | undefined {
  const given = env[name];
  const parsed = parseQuota(given === undefined || given.trim() === '' ? fallback : given);
  if (parsed !== undefined && 'problem' in parsed) throw new ConfigError(name, parsed.problem);
  return parsed;
}

/** `10/15m` again, for logs and messages. */
export function formatQuota(q: Quota | undefined): string {
  if (!q) return 'off';
  for (const unit of ['d', 'h', 'm'] as const) {
    if (q.durationSeconds % UNIT_SECONDS[unit] === 0) return `${q.points}/${q.durationSeconds / UNIT_SECONDS[unit]}${unit}`;
  }
  return `${q.points}/${q.durationSeconds}s`;
}
