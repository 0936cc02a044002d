import type { Identity } from '@foodgraph/platform/auth';
import { ConflictError } from '@foodgraph/platform/errors';
import type { Clock } from '@foodgraph/platform/process';
import type { RotatedKey, StoredSigningKeys } from '../auth/signing-keys';
import { assertCanUseAdminConsole } from './access';

/** Rotating foodgraph's own access-token signing key, an admin console action. */
export class SigningKeyService {
  constructor(
    /** `undefined` when `JWT_PRIVATE_KEY` fixes the key. */
    private readonly keys: StoredSigningKeys | undefined,
    private readonly clock: Clock,
  ) {}

  /** `rotateSigningKey`: admins only; CONFLICT when the key comes from the environment. */
  async rotate(identity: Identity): Promise<RotatedKey> {
    assertCanUseAdminConsole(identity);
    if (!this.keys) throw new ConflictError('The signing key is set by JWT_PRIVATE_KEY; replace that key to rotate it');
    const rotated = await this.keys.rotate(this.clock());
    // Unconditional rotations always happen; only scheduled ones may find nothing to do.
    if (!rotated) throw new Error('the signing key did not rotate');
    return rotated;
  }
}
