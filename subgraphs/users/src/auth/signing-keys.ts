import { generateSigningKey, publicJwk, type PublicJwk } from '@foodgraph/platform/auth';
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { SigningKeyEntity } from '../entities/signing-key.entity';

/** The key access tokens are signed with, and every public key the JWKS publishes. */
export interface SigningKeyRing {
  kid: string;
  privateKey: KeyObject;
  /** The current key first; retired keys follow until their tokens have expired. */
  published: PublicJwk[];
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

/** A ring from a configured PKCS#8 PEM (`JWT_PRIVATE_KEY`); only Ed25519 is accepted. */
export function signingKeyRingFromPem(pem: string): SigningKeyRing {
  const privateKey = createPrivateKey({ key: pem, format: 'pem' });
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('JWT_PRIVATE_KEY must be an Ed25519 key (EdDSA access tokens)');
  const kid = jwkThumbprint(createPublicKey(privateKey));
  return { kid, privateKey, published: [publicJwk(createPublicKey(privateKey), kid)] };
}

/**
 * The signing key kept in the users database, generated on first start. Replicas starting at
 * once race to insert one; a unique index on "the active key" lets one insert win and every
 * replica then reads that winner, so all of them sign with, and publish, the same key.
 */
export async function loadOrCreateSigningKeyRing(dataSource: DataSource, now: Date): Promise<SigningKeyRing> {
  const repo = dataSource.getRepository(SigningKeyEntity);
  let active = await repo.findOne({ where: { retiredAt: IsNull() } });
  if (!active) {
    const { privateKey, publicKey } = generateSigningKey();
    const kid = jwkThumbprint(publicKey);
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await dataSource.query(
      `INSERT INTO signing_keys (kid, public_jwk, private_key_pem, created_at) VALUES ($1, $2::jsonb, $3, $4) ON CONFLICT DO NOTHING`,
      [kid, JSON.stringify(publicJwk(publicKey, kid)), pem, now],
    );
    active = await repo.findOneOrFail({ where: { retiredAt: IsNull() } });
  }
  const all = await repo.find({ order: { createdAt: 'DESC' } });
  const published = [active, ...all.filter((k) => k.kid !== active.kid)].map((k) => k.publicJwk as unknown as PublicJwk);
  return { kid: active.kid, privateKey: createPrivateKey({ key: active.privateKeyPem, format: 'pem' }), published };
}
