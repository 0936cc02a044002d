import type { Identity } from '@foodgraph/platform/auth';
import { BadUserInputError, NotFoundError } from '@foodgraph/platform/errors';
import { isUuid, uuidv7 } from '@foodgraph/platform/ids';
import type { Clock } from '@foodgraph/platform/process';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { randomToken, sha256Hex } from '../auth/opaque-token';
import { MAX_API_KEY_NAME_LENGTH, formatApiKeySecret, parseApiKeySecret } from '../domain/api-key-format';
import { normalizeName } from '../domain/profile';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { assertCanCreateApiKey, assertCanListOwnApiKeys, assertCanRevokeApiKey, assertSignedInToRevokeApiKeys } from './access';

/** A partner identity behind an API key, as the router forwards it. */
export interface ApiKeyOwner {
  userId: string;
  apiKeyId: string;
}

/** Partner API keys: created with a secret shown once, stored as a hash, revocable. */
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A new key for the signed-in partner; the returned secret exists nowhere else afterwards. */
  async create(identity: Identity, rawName: string): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    const owner = assertCanCreateApiKey(identity);
    const name = normalizeName(rawName);
    if (name.length === 0) throw new BadUserInputError('name', 'Give the key a name, e.g. the system that will use it');
    if ([...name].length > MAX_API_KEY_NAME_LENGTH)
      throw new BadUserInputError('name', `Name must be at most ${MAX_API_KEY_NAME_LENGTH} characters long`);
    const now = this.clock();
    const prefix = randomBytes(4).toString('hex');
    const secret = formatApiKeySecret(prefix, randomToken(32));
    const apiKey = this.dataSource.getRepository(ApiKeyEntity).create({
      id: uuidv7(now.getTime()),
      userId: owner.userId,
      name,
      prefix,
      secretHash: sha256Hex(secret),
      createdAt: now,
      revokedAt: null,
    });
    await this.dataSource.getRepository(ApiKeyEntity).insert(apiKey);
    return { apiKey, secret };
  }

  /**
   * The signed-in partner's keys, newest first, revoked ones included so the partner sees when
   * a key stopped working. Ids are UUIDv7, so ordering by id is ordering by creation.
   */
  async listOwn(identity: Identity): Promise<ApiKeyEntity[]> {
    const owner = assertCanListOwnApiKeys(identity);
    return this.dataSource.getRepository(ApiKeyEntity).find({ where: { userId: owner.userId }, order: { id: 'DESC' } });
  }

  /** Revokes a key (idempotently); its owner or an admin may. */
  async revoke(identity: Identity, id: string): Promise<ApiKeyEntity> {
    const viewer = assertSignedInToRevokeApiKeys(identity);
    if (!isUuid(id)) throw new BadUserInputError('id', 'id must be an API key id');
    const repo = this.dataSource.getRepository(ApiKeyEntity);
    const apiKey = await repo.findOneBy({ id });
    if (!apiKey) throw new NotFoundError('API key', id);
    assertCanRevokeApiKey(viewer, apiKey);
    if (apiKey.revokedAt === null) {
      apiKey.revokedAt = this.clock();
      await repo.update({ id }, { revokedAt: apiKey.revokedAt });
    }
    return apiKey;
  }

  /** The live key and partner behind a secret, or `null` (unknown, revoked, not a partner any more, or a disabled partner). */
  async resolve(secret: string): Promise<ApiKeyOwner | null> {
    if (!parseApiKeySecret(secret)) return null;
    const rows = await this.dataSource.query<{ id: string; user_id: string }[]>(
      `SELECT k.id, k.user_id FROM api_keys k JOIN users u ON u.id = k.user_id
        WHERE k.secret_hash = $1 AND k.revoked_at IS NULL AND u.role = 'PARTNER' AND u.disabled_at IS NULL`,
      [sha256Hex(secret)],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, apiKeyId: row.id } : null;
  }
}
