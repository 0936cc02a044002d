import type { Role } from '@foodgraph/platform/auth';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A person (or a guest) who uses foodgraph, in any role. */
@Entity({ name: 'users' })
export class UserEntity {
  /** UUIDv7 assigned in code, so `ORDER BY id` is registration order. */
  @PrimaryColumn('uuid')
  id!: string;

  /** Normalized (lower-case) address; unique. `null` for guests. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text')
  role!: Role;

  @Column('boolean', { name: 'is_guest' })
  isGuest!: boolean;

  /** `scrypt$N$r$p$salt$hash`; `null` for guests, who cannot log in with a password. */
  @Column('text', { name: 'password_hash', nullable: true })
  passwordHash!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  /** National document (a CPF's 11 digits), unique when set; a kiosk identifies the customer by it. */
  @Column('text', { nullable: true })
  document!: string | null;

  /** When an admin disabled the account; `null` while it is enabled. A disabled user cannot sign in or refresh. */
  @Column('timestamptz', { name: 'disabled_at', nullable: true })
  disabledAt!: Date | null;
}
