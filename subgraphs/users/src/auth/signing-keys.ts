import { generateSigningKey, publicJwk, type PublicJwk } from '@foodgraph/platform/auth';
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { SigningKeyEntity } from '../entities/signing-key.entity';

/** The key access tokens are signed with, and every public key the JWKS publishes. */
export interface SigningKeyRing {
  readonly kid: string;
  readonly privateKey: KeyObject;
  /** The current key first, then the next one and retired keys whose tokens may still be alive. */
  readonly published: readonly PublicJwk[];
}

/** A rotation's outcome: the key that signs from now on. */
export interface RotatedKey {
  kid: string;
  activatedAt: Date;
  /** The key that signed until now, published until its last tokens expire. */
  previousKid: string;
}

/**
 * RFC 7638 JWK thumbprint: a kid derived from the key itself, so the same key always gets
 * the same kid whichever replica loaded it.
 */
export function jwkThumbprint(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical).digest('base64url');
}

/** A ring from a configured PKCS#8 PEM (`JWT_PRIVATE_KEY`); only Ed25519 is accepted. It never rotates. */
export function signingKeyRingFromPem(pem: string): SigningKeyRing {
  const privateKey = createPrivateKey({ key: pem, format: 'pem' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('JWT_PRIVATE_KEY must be an Ed25519 key (EdDSA access tokens)');
  const kid = jwkThumbprint(createPublicKey(privateKey));
  return { kid, privateKey, published: [publicJwk(createPublicKey(privateKey), kid)] };
}

/** Serializes rotations (and first-start key creation) across replicas: one transaction at a time. */
const ROTATION_LOCK = `SELECT pg_advisory_xact_lock(hashtext('foodgraph.signing_keys'))`;

/** A fresh key row: `activated` now for the signing key, `null` for the next one. */
async function insertKey(manager: EntityManager, now: Date, activatedAt: Date | null): Promise<string> {
  const { privateKey, publicKey } = generateSigningKey();
  const kid = jwkThumbprint(publicKey);
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  await manager.query(
    `INSERT INTO signing_keys (kid, public_jwk, private_key_pem, created_at, activated_at) VALUES ($1, $2::jsonb, $3, $4, $5)`,
    [kid, JSON.stringify(publicJwk(publicKey, kid)), pem, now, activatedAt],
  );
  return kid;
}

/**
 * The signing keys kept in the users database, so every replica signs with and publishes the
 * same keys, and none is ever in the repository or the environment. There is always a signing
 * key and a next key, the next one published ahead: a rotation makes the next key sign (routers
 * fetched it already, so its tokens verify at once), retires the signing key — still published
 * until the longest-lived token it signed has expired (`maxTokenLifetimeMs`), then deleted — and
 * makes a new next key. Each replica re-reads the table (`reload`), every few seconds, so all of
 * them sign with the new key shortly after any one rotated.
 */
export class StoredSigningKeys implements SigningKeyRing {
  private current!: { kid: string; privateKey: KeyObject };
  private publishedKeys: PublicJwk[] = [];

  private constructor(
    private readonly dataSource: DataSource,
    private readonly maxTokenLifetimeMs: number,
  ) {}

  /** Loads the keys, creating the signing and next keys on first start (one replica wins, all read it). */
  static async open(dataSource: DataSource, maxTokenLifetimeMs: number, now: Date): Promise<StoredSigningKeys> {
    const ring = new StoredSigningKeys(dataSource, maxTokenLifetimeMs);
    await dataSource.transaction(async (manager) => {
      await manager.query(ROTATION_LOCK);
      const rows: { signing: boolean }[] = await manager.query(
        `SELECT activated_at IS NOT NULL AS signing FROM signing_keys WHERE retired_at IS NULL`,
      );
      if (!rows.some((r) => r.signing)) await insertKey(manager, now, now);
      if (!rows.some((r) => !r.signing)) await insertKey(manager, now, null);
    });
    await ring.reload(now);
    return ring;
  }

  get kid(): string {
    return this.current.kid;
  }

  get privateKey(): KeyObject {
    return this.current.privateKey;
  }

  get published(): readonly PublicJwk[] {
    return this.publishedKeys;
  }

  /** Reads the table again: picks up a rotation made by another replica and drops expired keys from the JWKS. */
  async reload(now: Date): Promise<void> {
    const keys = await this.dataSource.getRepository(SigningKeyEntity).find({ order: { createdAt: 'DESC' } });
    const signing = keys.find((k) => k.activatedAt !== null && k.retiredAt === null);
    if (!signing) throw new Error('no signing key in signing_keys');
    const next = keys.filter((k) => k.activatedAt === null);
    const oldestLive = now.getTime() - this.maxTokenLifetimeMs;
    const retired = keys.filter((k) => k.retiredAt !== null && k.retiredAt.getTime() > oldestLive);
    if (this.current?.kid !== signing.kid) {
      this.current = { kid: signing.kid, privateKey: createPrivateKey({ key: signing.privateKeyPem, format: 'pem' }) };
    }
    this.publishedKeys = [signing, ...next, ...retired].map((k) => k.publicJwk as unknown as PublicJwk);
  }

  /**
   * Rotates now: the next key signs, the signing key retires, a new next key is made, and keys
   * retired longer ago than the longest token lifetime are deleted. Concurrent rotations (an
   * admin's, another replica's schedule) run one after the other; `onlyIfActiveBefore` makes a
   * scheduled rotation a no-op when another replica rotated since it looked.
   */
  async rotate(now: Date, onlyIfActiveBefore?: Date): Promise<RotatedKey | undefined> {
    const rotated = await this.dataSource.transaction(async (manager): Promise<RotatedKey | undefined> => {
      await manager.query(ROTATION_LOCK);
      const [signing]: { kid: string; activated_at: Date }[] = await manager.query(
        `SELECT kid, activated_at FROM signing_keys WHERE retired_at IS NULL AND activated_at IS NOT NULL`,
      );
      if (!signing) throw new Error('no signing key in signing_keys');
      if (onlyIfActiveBefore && signing.activated_at.getTime() > onlyIfActiveBefore.getTime()) return undefined;
      await manager.query(`UPDATE signing_keys SET retired_at = $2 WHERE kid = $1`, [signing.kid, now]);
      const [next]: { kid: string }[] = await manager.query(`SELECT kid FROM signing_keys WHERE activated_at IS NULL`);
      if (next) await manager.query(`UPDATE signing_keys SET activated_at = $2 WHERE kid = $1`, [next.kid, now]);
      // A database from before next keys existed has none: the new signing key is made here.
      const kid = next?.kid ?? (await insertKey(manager, now, now));
      await insertKey(manager, now, null);
      await manager.query(`DELETE FROM signing_keys WHERE retired_at < $1`, [new Date(now.getTime() - this.maxTokenLifetimeMs)]);
      return { kid, activatedAt: now, previousKid: signing.kid };
    });
    await this.reload(now);
    return rotated;
  }

  /** When the signing key started signing (for the rotation schedule). */
  async activeSince(): Promise<Date> {
    const [row]: { activated_at: Date }[] = await this.dataSource.query(
      `SELECT activated_at FROM signing_keys WHERE retired_at IS NULL AND activated_at IS NOT NULL`,
    );
    if (!row) throw new Error('no signing key in signing_keys');
    return row.activated_at;
  }
}
