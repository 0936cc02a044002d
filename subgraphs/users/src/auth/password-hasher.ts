import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { RateLimitedError } from '@foodgraph/platform/errors';
import { HashSlots } from './hash-slots';

/** scrypt cost parameters, stored with every hash so they can be raised later. */
export interface ScryptParams {
  /** CPU/memory cost, a power of two. @default 32768 (2^15) */
  N: number;
  /** Block size. @default 8 */
  r: number;
  /** Parallelism. @default 1 */
  p: number;
}

/** OWASP's scrypt baseline: 2^15 × 8 × 128 bytes = 32 MiB and roughly 50–100 ms per hash. */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

/**
 * Every derivation of the process (sign-up, sign-in, the timing dummy, the bootstrap admin)
 * shares these: one per core, since cores are what scrypt spends, and a wait of at most 4 s,
 * well inside the router's default 10 s subgraph deadline (`SUBGRAPH_TIMEOUT`).
 */
const slots = new HashSlots(Math.max(1, availableParallelism()), 4_000);

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  // Node refuses scrypt above `maxmem` (32 MiB by default), which N=2^15, r=8 just reaches.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return slots.run(
    () =>
      new Promise((resolve, reject) => {
        scrypt(password.normalize('NFKC'), salt, keyLength, options, (err, key) => (err ? reject(err) : resolve(key)));
      }),
  );
}

/** `scrypt$N$r$p$<salt base64>$<hash base64>` with a fresh random salt. */
export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const hash = await derive(password, salt, params, KEY_LENGTH);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

const STORED_RE = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/**
 * True when `password` matches a stored hash. Comparison is constant-time; a malformed stored
 * value never matches (and never throws, so a corrupt row cannot become a 500 on login).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = STORED_RE.exec(stored);
  if (!m) return false;
  const params = { N: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const salt = Buffer.from(m[4], 'base64');
  const expected = Buffer.from(m[5], 'base64');
  if (expected.length === 0) return false;
  let actual: Buffer;
  try {
    actual = await derive(password, salt, params, expected.length);
  } catch (err) {
    // Busy is not "no match": the caller gets RATE_LIMITED and may try again.
    if (err instanceof RateLimitedError) throw err;
    return false;
  }
  return timingSafeEqual(actual, expected);
}

let dummyHash: Promise<string> | undefined;
/**
 * Burns the same time as a real check. Login calls it when no account matches, so response
 * times do not reveal which emails are registered.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  // A failed first attempt (all slots busy) is not kept: the next call makes it again.
  dummyHash ??= hashPassword('not-a-real-password-just-for-timing').catch((err: unknown) => {
    dummyHash = undefined;
    throw err;
  });
  await verifyPassword(password, await dummyHash);
  return false;
}
