import { ApiKeyEntity } from './api-key.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RestaurantOwnerEntity } from './restaurant-owner.entity';
import { SessionEntity } from './session.entity';
import { SigningKeyEntity } from './signing-key.entity';
import { StaffMembershipEntity } from './staff-membership.entity';
import { UserEntity } from './user.entity';

export { ApiKeyEntity, RefreshTokenEntity, RestaurantOwnerEntity, SessionEntity, SigningKeyEntity, StaffMembershipEntity, UserEntity };

/** Every entity of the users database, for `openDatabase({ entities })`. */
export const usersEntities = [
  UserEntity,
  SessionEntity,
  RefreshTokenEntity,
  ApiKeyEntity,
  SigningKeyEntity,
  RestaurantOwnerEntity,
  StaffMembershipEntity,
];
