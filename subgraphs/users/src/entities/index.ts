import { ApiKeyEntity } from './api-key.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionEntity } from './session.entity';
import { SigningKeyEntity } from './signing-key.entity';
import { UserEntity } from './user.entity';

export { ApiKeyEntity, RefreshTokenEntity, SessionEntity, SigningKeyEntity, UserEntity };

/** Every entity of the users database, for `openDatabase({ entities })`. */
export const usersEntities = [UserEntity, SessionEntity, RefreshTokenEntity, ApiKeyEntity, SigningKeyEntity];
