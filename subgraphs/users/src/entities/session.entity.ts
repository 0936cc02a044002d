import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One sign-in (login, registration or guest start) and the family of refresh tokens rotated
 * from it. Its id is the `sid` claim of every access token issued in it.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** Opened by a kiosk (`identifyCustomer`): its tokens carry the kiosk claim and it is never refreshed. */
  @Column('boolean')
  kiosk!: boolean;

  /** Set by logout or by refresh-token reuse; the whole family is dead from then on. */
  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column('text', { name: 'revoke_reason', nullable: true })
  revokeReason!: 'logout' | 'reuse' | 'disabled' | null;
}
