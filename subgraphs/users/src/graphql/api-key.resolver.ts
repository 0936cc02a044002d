import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { ApiKeyEntity } from '../entities/api-key.entity';
import { ApiKey, ApiKeyWithSecret } from './types/api-key.type';
import type { UsersContext } from './context';

/** Partner API keys. */
@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKey], {
    description: "The signed-in partner's API keys, newest first, revoked ones included; never their secrets. Partner only.",
  })
  async myApiKeys(@Ctx() ctx: UsersContext): Promise<ApiKeyEntity[]> {
    return ctx.services.apiKeys.listOwn(ctx.identity);
  }

  @Mutation(() => ApiKeyWithSecret, {
    description:
      'Creates an API key for the signed-in partner; the secret is returned this once only. Partner only, and not with an API key.',
  })
  async createApiKey(
    @Arg('name', { description: 'What the key is for, e.g. "Kitchen POS".' }) name: string,
    @Ctx() ctx: UsersContext,
  ): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    return ctx.services.apiKeys.create(ctx.identity, name);
  }

  @Mutation(() => ApiKey, {
    description: 'Revokes an API key at once. Its partner or an admin. Revoking a revoked key returns it unchanged.',
  })
  async revokeApiKey(
    @Arg('id', () => ID, { description: 'Id of the key to revoke.' }) id: string,
    @Ctx() ctx: UsersContext,
  ): Promise<ApiKeyEntity> {
    return ctx.services.apiKeys.revoke(ctx.identity, id);
  }
}
