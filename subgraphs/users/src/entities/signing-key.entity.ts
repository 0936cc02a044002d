import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An access-token signing key pair, generated once and shared through the database so every
 * replica and every restart signs with the same key and publishes the same JWKS.
 */
@Entity({ name: 'signing_keys' })
export class SigningKeyEntity {
  @PrimaryColumn('text')
  kid!: string;

  /** The public key as a JWK (what `/.well-known/jwks.json` publishes). */
  @Column('jsonb', { name: 'public_jwk' })
  publicJwk!: Record<string, unknown>;

  /** The private key, PKCS#8 PEM. */
  @Column('text', { name: 'private_key_pem' })
  privateKeyPem!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /**
   * When the key started signing; `null` for the next key, published ahead so that routers hold
   * it before a rotation makes it sign.
   */
  @Column('timestamptz', { name: 'activated_at', nullable: true })
  activatedAt!: Date | null;

  /** Set when a newer key takes over signing; retired keys stay published until tokens expire. */
  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;
}
