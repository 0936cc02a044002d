import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner's API key. The secret itself is never stored, only its SHA-256. */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  name!: string;

  /** The `<prefix>` of `fgk_<prefix>_<random>`, kept so people can tell their keys apart. */
  @Column('text')
  prefix!: string;

  /** Hex SHA-256 of the whole secret; unique. */
  @Column('text', { name: 'secret_hash' })
  secretHash!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
