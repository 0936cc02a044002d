import type { UserEntity } from '../entities/user.entity';

/** A signed-in session as handed to the client: the contract's `AuthPayload`. */
export interface AuthResult {
  accessToken: string;
  refreshToken: string;
  /** When the access token expires. */
  expiresAt: Date;
  user: UserEntity;
}
